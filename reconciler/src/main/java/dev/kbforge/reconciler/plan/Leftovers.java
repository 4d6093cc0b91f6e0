package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ApplyOrder;
import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Planner}'s prune decisions: inventory members that left the tree, each pruned or kept
 * by {@link PruneRules} under its Cluster's termination policy.
 */
final class Leftovers {
  private Leftovers() {}

  /** Members no longer wanted: pruned or kept. */
  static List<Step> steps(
      ApplySet applySet,
      LiveState live,
      Set<ObjectRef> wanted,
      Map<String, String> policies,
      boolean prune) {
    Map<ObjectRef, GenericKubernetesResource> byRef = new LinkedHashMap<>();
    for (GenericKubernetesResource member : live.members()) {
      ObjectRef ref = ObjectRef.of(member);
      if (applySet.isMember(member) && !wanted.contains(ref) && !ref.equals(applySet.parentRef())) {
        byRef.putIfAbsent(ref, member);
      }
    }
    // reverse apply order (workloads before their config), then by name: the same plan whatever
    // order the server listed the members in
    List<GenericKubernetesResource> sorted = new ArrayList<>(byRef.values());
    sorted.sort(
        Comparator.comparing(
                (GenericKubernetesResource o) -> ApplyOrder.category(o.getKind()),
                Comparator.reverseOrder())
            .thenComparing(ObjectRef::of));
    List<Step> steps = new ArrayList<>();
    for (GenericKubernetesResource member : sorted) {
      String cluster = TerminationPolicies.clusterOf(member);
      String policy = cluster == null ? null : policies.get(cluster);
      String keep = PruneRules.keepReason(member, policy, prune);
      // a claim's size goes with it into the plan: what would be lost, or what stays
      String size = ClaimSize.isClaim(member) ? " (" + ClaimSize.of(member) + ")" : "";
      steps.add(
          keep == null
              ? Step.of(Action.PRUNE, Stage.PRUNE, member, "no longer in the tree" + size)
              : Step.of(Action.KEEP, Stage.PRUNE, member, keep + size));
    }
    return steps;
  }
}
