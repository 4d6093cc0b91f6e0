package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Planner}'s decisions on PersistentVolumeClaims found by their cluster's labels ({@link
 * LiveState#claims}). The StatefulSet and InstanceSet controllers create them from the workload's
 * volumeClaimTemplates, so they are not ApplySet members, and a cluster that leaves the tree would
 * leave them behind: its data, and the names a re-created cluster would bind to again. A claim is
 * left over when its cluster, or its component, has no object in the tree any more (a cluster
 * passed to KubeBlocks as a Cluster object is KubeBlocks' to clean up while it is in the tree);
 * then {@link PruneRules} decide by the cluster's terminationPolicy, and a claim whose workload
 * says {@code persistentVolumeClaimRetentionPolicy.whenDeleted: Retain} is kept, as the workload
 * controllers would keep it (pkg/controller/instanceset/reconciler_deletion.go in KubeBlocks).
 */
final class Claims {
  private Claims() {}

  static List<Step> steps(
      ApplySet applySet,
      LiveState live,
      Set<ObjectRef> wanted,
      List<GenericKubernetesResource> desired,
      Map<String, String> policies) {
    Set<String> clusters = new HashSet<>();
    Set<String> components = new HashSet<>();
    Set<String> managedByKubeBlocks = new HashSet<>();
    for (GenericKubernetesResource object : desired) {
      String cluster = TerminationPolicies.clusterOf(object);
      if (cluster != null) {
        clusters.add(cluster);
        String component = component(object);
        if (component != null) {
          components.add(component);
        }
        if (TerminationPolicies.isKubeBlocksCluster(object)) {
          managedByKubeBlocks.add(cluster);
        }
      }
    }
    Set<String> retaining = retainingComponents(live.members());
    List<GenericKubernetesResource> claims = new ArrayList<>(live.claims());
    claims.sort(Comparator.comparing(ObjectRef::of));
    List<Step> steps = new ArrayList<>();
    for (GenericKubernetesResource claim : claims) {
      ObjectRef ref = ObjectRef.of(claim);
      String cluster = TerminationPolicies.clusterOf(claim);
      String component = component(claim);
      if (wanted.contains(ref) || applySet.isMember(claim) || cluster == null) {
        continue; // members are Leftovers' to decide
      }
      String left;
      if (!clusters.contains(cluster)) {
        left = "cluster " + cluster + " left the tree";
      } else if (component != null
          && !components.contains(component)
          && !managedByKubeBlocks.contains(cluster)) {
        left = "component " + component + " left the tree";
      } else {
        continue; // still wanted (a claim scaled in is the workload's business)
      }
      String policy = policies.get(cluster);
      String keep = PruneRules.keepReason(claim, policy, true);
      if (keep == null && component != null && retaining.contains(component)) {
        keep = "its workload's persistentVolumeClaimRetentionPolicy.whenDeleted is Retain";
      }
      String size = ClaimSize.of(claim);
      steps.add(
          keep == null
              ? Step.of(
                  Action.PRUNE,
                  Stage.PRUNE,
                  claim,
                  left + ", terminationPolicy " + policy + ": deletes its data (" + size + ")")
              : Step.of(Action.KEEP, Stage.PRUNE, claim, keep + " (" + size + ")"));
    }
    return steps;
  }

  /** {@code namespace/cluster/component} of an object labelled with its component, or null. */
  private static String component(HasMetadata object) {
    String name = Objects.label(object, Keys.COMPONENT_NAME);
    String cluster = TerminationPolicies.clusterOf(object);
    return name == null || cluster == null ? null : cluster + "/" + name;
  }

  /** Components whose live StatefulSet or InstanceSet retains its claims when deleted. */
  private static Set<String> retainingComponents(List<GenericKubernetesResource> members) {
    Set<String> retaining = new HashSet<>();
    for (GenericKubernetesResource member : members) {
      String group = Objects.group(member.getApiVersion());
      boolean workload =
          (member.getKind().equals("StatefulSet") && group.equals("apps"))
              || (member.getKind().equals("InstanceSet")
                  && group.equals("workloads.kubeblocks.io"));
      String component = component(member);
      if (workload
          && component != null
          && "Retain"
              .equals(
                  Objects.tree(member)
                      .path("spec")
                      .path("persistentVolumeClaimRetentionPolicy")
                      .path("whenDeleted")
                      .asString(""))) {
        retaining.add(component);
      }
    }
    return retaining;
  }
}
