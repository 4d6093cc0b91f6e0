package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import tools.jackson.databind.JsonNode;

/**
 * When an object counts as ready, read from its status alone (pure): a CRD is Established; a
 * Deployment or StatefulSet has observed its generation and has every replica updated and ready; an
 * InstanceSet has observed its generation and has {@code spec.replicas} ready replicas (none when
 * it is stopped, {@code spec.stop}).
 */
public final class Readiness {
  private Readiness() {}

  /** What waiting for an object of this kind means, or {@code null} for kinds never waited for. */
  public static String describe(String group, String kind) {
    return switch (group + "/" + kind) {
      case "apiextensions.k8s.io/CustomResourceDefinition" -> "Established";
      case "apps/Deployment", "apps/StatefulSet" -> "rolled out";
      case "workloads.kubeblocks.io/InstanceSet" -> "ready";
      default -> null;
    };
  }

  /** What the object still lacks, or {@code null} when it is ready. */
  public static String pending(GenericKubernetesResource live) {
    if (live == null) {
      return "not found";
    }
    JsonNode tree = Objects.tree(live);
    JsonNode status = tree.path("status");
    String kind = live.getKind();
    if (kind.equals("CustomResourceDefinition")) {
      for (JsonNode condition : status.path("conditions")) {
        if ("Established".equals(condition.path("type").asString(""))
            && "True".equals(condition.path("status").asString(""))) {
          return null;
        }
      }
      return "not Established";
    }
    long generation = tree.path("metadata").path("generation").asLong(0);
    if (status.path("observedGeneration").asLong(0) < generation) {
      return "generation " + generation + " not observed yet";
    }
    // a stopped InstanceSet (spec.stop, KubeBlocks v1) runs no pods: its replicas stay as they were
    boolean stopped = tree.path("spec").path("stop").asBoolean(false);
    long replicas = stopped ? 0 : tree.path("spec").path("replicas").asLong(1);
    long ready = status.path("readyReplicas").asLong(0);
    if (!kind.equals("InstanceSet")) {
      long updated = status.path("updatedReplicas").asLong(0);
      boolean onDelete =
          "OnDelete".equals(tree.path("spec").path("updateStrategy").path("type").asString(""));
      if (updated < replicas && !onDelete) {
        return updated + "/" + replicas + " replicas updated";
      }
    }
    if (ready < replicas) {
      return ready + "/" + replicas + " replicas ready";
    }
    return null;
  }
}
