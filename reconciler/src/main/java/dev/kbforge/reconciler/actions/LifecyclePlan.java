package dev.kbforge.reconciler.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle actions an apply will call, as a value (printed by {@code --dry-run} and {@code kb
 * diff}).
 *
 * @param before calls made before the plan's objects are written: preTerminate of a component about
 *     to be pruned, memberLeave of each pod a scale-in removes
 * @param after calls made once each component is ready again: postProvision, accountProvision,
 *     memberJoin of each pod a scale-out added
 * @param members for components with member actions, the member count to record once they are ready
 *     (their replicas), when the record differs
 * @param forget the ledger keys of components whose workload the plan prunes
 * @param ordered the components whose pods kb apply rolls in role order ({@link RoleOrderedRoll})
 *     when some are outdated, after the objects are written and before the {@code after} calls
 * @param switchovers the switchovers such a roll is expected to make (the plan changes the pod
 *     template of a component with a switchover action): listed, run by the roll
 * @param changed the workloads whose pod template the plan changes: their roll waits until the
 *     controller has seen the change
 */
public record LifecyclePlan(
    List<Call> before,
    List<Call> after,
    Map<String, Integer> members,
    List<String> forget,
    List<ComponentActions> ordered,
    List<Call> switchovers,
    java.util.Set<dev.kbforge.reconciler.model.ObjectRef> changed) {
  public static final LifecyclePlan NONE =
      new LifecyclePlan(
          List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), java.util.Set.of());

  public LifecyclePlan {
    before = List.copyOf(before);
    after = List.copyOf(after);
    members = Map.copyOf(members);
    forget = List.copyOf(forget);
    ordered = List.copyOf(ordered);
    switchovers = List.copyOf(switchovers);
    changed = java.util.Set.copyOf(changed);
  }

  /** Every call, in the order they run. */
  public List<Call> calls() {
    List<Call> all = new ArrayList<>(before);
    all.addAll(switchovers);
    all.addAll(after);
    return all;
  }

  public boolean isEmpty() {
    return before.isEmpty() && after.isEmpty() && switchovers.isEmpty();
  }
}
