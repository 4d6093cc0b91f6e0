package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.plan.Plan;

/**
 * What an executed plan did.
 *
 * @param plan the plan that ran
 * @param writes the requests that changed the cluster (creates, updates, deletes)
 * @param fellBack whether the server lacked server-side apply and create/update was used
 */
public record ApplyResult(Plan plan, int writes, boolean fellBack) {}
