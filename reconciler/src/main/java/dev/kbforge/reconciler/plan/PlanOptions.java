package dev.kbforge.reconciler.plan;

/**
 * What to plan for.
 *
 * @param prune delete inventory members no longer in the tree (else they are kept, and listed)
 * @param waitReady end with waits for CRDs Established and workloads rolled out
 * @param toolVersion the kbforge version, recorded on the ApplySet parent
 */
public record PlanOptions(boolean prune, boolean waitReady, String toolVersion) {}
