package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stateful safety (DESIGN section 6): workloads that own PersistentVolumeClaims carry the prune
 * opt-outs of Argo CD and Flux, so that deleting the folder from git does not delete the data;
 * unless the Cluster's terminationPolicy is WipeOut, which asks for exactly that.
 */
final class PruneProtection {
  static final String ARGO_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
  static final String ARGO_NO_PRUNE = "Prune=false";
  static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";
  static final String FLUX_DISABLED = "disabled";

  private static final Set<String> WORKLOADS = Set.of("InstanceSet", "StatefulSet");

  private PruneProtection() {}

  static void apply(List<ObjectNode> objects, ClusterInfo cluster) {
    if (cluster.wipeOut()) {
      return;
    }
    for (ObjectNode object : objects) {
      if (holdsVolumes(object)) {
        ObjectNode annotations =
            object.withObjectProperty("metadata").withObjectProperty("annotations");
        annotations.put(ARGO_SYNC_OPTIONS, merged(annotations.path(ARGO_SYNC_OPTIONS)));
        annotations.put(FLUX_PRUNE, FLUX_DISABLED);
      }
    }
  }

  private static boolean holdsVolumes(ObjectNode object) {
    String kind = object.path("kind").asString("");
    if (kind.equals("PersistentVolumeClaim")) {
      return true;
    }
    JsonNode templates = object.path("spec").path("volumeClaimTemplates");
    return WORKLOADS.contains(kind) && templates.isArray() && !templates.isEmpty();
  }

  /** Argo CD reads a comma-separated list: keep options a lowerer set, add Prune=false once. */
  private static String merged(JsonNode existing) {
    String options = existing.isString() ? existing.asString().strip() : "";
    if (options.isEmpty()) {
      return ARGO_NO_PRUNE;
    }
    for (String option : options.split(",")) {
      if (option.strip().equals(ARGO_NO_PRUNE)) {
        return options;
      }
    }
    return options + "," + ARGO_NO_PRUNE;
  }
}
