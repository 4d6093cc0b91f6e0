package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which lifecycle actions an apply calls, and when, as KubeBlocks' component controller decides
 * (controllers/apps/component/): a pure function of the tree's components, what is live and what
 * the {@link Ledger}s say has run.
 *
 * <ul>
 *   <li>postProvision: once, after the component is ready
 *       (transformer_component_post_provision.go);
 *   <li>accountProvision: once per account, after the component is ready
 *       (transformer_component_account_provision.go);
 *   <li>memberJoin: after a scale-out, for each new pod; memberLeave: before a scale-in, for each
 *       pod that goes ({@link ScaleIn}); the ledger's member count makes both survive a crash
 *       between the action and the resize;
 *   <li>preTerminate: before the component's workload is pruned
 *       (transformer_component_pre_terminate.go);
 *   <li>reconfigure, on a StatefulSet: after the component is ready, on each pod for each reloaded
 *       config template whose content it does not have yet ({@link Reconfigures}, computed by the
 *       caller from the pods).
 * </ul>
 *
 * A component created by this apply gets no memberJoin: its first pods form the group.
 */
public final class LifecyclePlanner {
  static final String POST_PROVISION = "postProvision";
  static final String ACCOUNT_PROVISION = "accountProvision";
  static final String MEMBER_JOIN = "memberJoin";
  static final String PRE_TERMINATE = "preTerminate";

  private LifecyclePlanner() {}

  /**
   * @param components the tree's components with lifecycle actions
   * @param live the live objects by reference (a missing workload is created by this apply)
   * @param ledgers what has run, by component key
   * @param pruned the live workloads the plan prunes
   * @param templateChanges the workloads whose pod template the plan changes
   * @param reconfigures the reconfigure calls ({@link Reconfigures#of})
   */
  public static LifecyclePlan plan(
      List<ComponentActions> components,
      Map<ObjectRef, GenericKubernetesResource> live,
      Map<String, Ledger> ledgers,
      List<GenericKubernetesResource> pruned,
      java.util.Set<ObjectRef> templateChanges,
      List<Call> reconfigures) {
    List<ComponentActions> ordered = new ArrayList<>();
    List<Call> switchovers = new ArrayList<>();
    for (ComponentActions c : components) {
      if (c.roleOrdered()) {
        ordered.add(c);
        if (c.has(Switchover.ACTION)
            && templateChanges.contains(c.workload())
            && c.replicas() > 1) {
          switchovers.add(
              new Call(
                  Switchover.ACTION,
                  c,
                  -1,
                  null,
                  "update in role order: secondaries first, then switchover, then the old primary"));
        }
      }
    }
    List<Call> before = new ArrayList<>();
    List<Call> after = new ArrayList<>();
    Map<String, Integer> members = new TreeMap<>();
    List<String> forget = new ArrayList<>();
    for (GenericKubernetesResource workload : pruned) {
      Optional<ComponentActions> gone = ComponentActions.read(workload);
      if (gone.isPresent()) {
        forget.add(gone.get().key());
        if (gone.get().has(PRE_TERMINATE)) {
          before.add(
              new Call(PRE_TERMINATE, gone.get(), -1, null, "before the component is deleted"));
        }
      }
    }
    for (ComponentActions c : components) {
      Ledger ledger = ledgers.getOrDefault(c.key(), Ledger.EMPTY);
      GenericKubernetesResource current = live.get(c.workload());
      int liveReplicas =
          current == null ? 0 : Objects.tree(current).path("spec").path("replicas").asInt(1);
      int recorded = ledger.members() >= 0 ? ledger.members() : liveReplicas;
      if (current != null && c.replicas() < liveReplicas) {
        before.addAll(ScaleIn.leaves(c, Math.min(liveReplicas, recorded), c.replicas()));
      }
      if (c.has(POST_PROVISION) && !ledger.postProvision()) {
        after.add(new Call(POST_PROVISION, c, -1, null, "once, after the component is ready"));
      }
      if (c.has(ACCOUNT_PROVISION)) {
        for (AccountHint account : c.accounts()) {
          if (!ledger.accounts().contains(account.name())) {
            after.add(new Call(ACCOUNT_PROVISION, c, -1, account, "once per account"));
          }
        }
      }
      if (c.has(MEMBER_JOIN) && current != null) {
        for (int ordinal = recorded; ordinal < c.replicas(); ordinal++) {
          after.add(
              new Call(MEMBER_JOIN, c, ordinal, null, "scale out: " + c.pod(ordinal) + " joins"));
        }
      }
      boolean tracksMembers = c.has(MEMBER_JOIN) || c.has(ScaleIn.MEMBER_LEAVE);
      if (tracksMembers && ledger.members() != c.replicas()) {
        members.put(c.key(), c.replicas());
      }
    }
    after.addAll(reconfigures);
    return new LifecyclePlan(before, after, members, forget, ordered, switchovers, templateChanges);
  }
}
