package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The terminationPolicy as the GitOps appliers read it (DESIGN section 6). KubeBlocks refuses to
 * delete a DoNotTerminate Cluster (controllers/apps/cluster/transformer_cluster_deletion.go), so
 * every object of such a cluster carries the opt-outs of Argo CD ({@code
 * argocd.argoproj.io/sync-options: Prune=false,Delete=false}: not pruned when it leaves git, not
 * deleted with the Application) and Flux ({@code kustomize.toolkit.fluxcd.io/prune: disabled}),
 * plus {@code kbforge.dev/termination-policy}, which tells {@code kb apply} that these opt-outs are
 * kbforge's and follow the cluster's current policy. Delete and WipeOut clusters carry none:
 * leaving the tree removes them whole, as KubeBlocks deletes "all runtime resources" of the
 * cluster.
 */
public final class TerminationOptOuts {
  static final String ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";
  static final List<String> ARGOCD_KEEP = List.of("Prune=false", "Delete=false");
  static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";
  static final String FLUX_KEEP = "disabled";
  static final String BACKUP_GROUP = "dataprotection.kubeblocks.io";

  private TerminationOptOuts() {}

  /**
   * Adds the opt-outs to each of the cluster's objects when its policy is DoNotTerminate, and to
   * its backup-related ones unless it is WipeOut.
   */
  public static void mark(ClusterInfo cluster, List<ObjectNode> objects) {
    boolean keepsBackups = !"WipeOut".equals(cluster.terminationPolicy());
    for (ObjectNode object : objects) {
      if (!cluster.doNotTerminate() && !(keepsBackups && isBackupRelated(object))) {
        continue;
      }
      ObjectNode metadata = object.withObjectProperty("metadata");
      ObjectNode annotations = metadata.withObjectProperty("annotations");
      annotations.put(ARGOCD_SYNC_OPTIONS, syncOptions(annotations.path(ARGOCD_SYNC_OPTIONS)));
      annotations.put(FLUX_PRUNE, FLUX_KEEP);
      annotations.put(ApplyHints.TERMINATION_POLICY, cluster.terminationPolicy());
    }
  }

  private static boolean isBackupRelated(ObjectNode object) {
    return object.path("apiVersion").asString("").startsWith(BACKUP_GROUP + "/");
  }

  /** Options already set (from a definition's annotations) stay; Prune and Delete are ours. */
  private static String syncOptions(JsonNode existing) {
    List<String> options = new ArrayList<>();
    if (existing.isString()) {
      for (String option : existing.asString().split(",")) {
        String trimmed = option.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith("Prune=") && !trimmed.startsWith("Delete=")) {
          options.add(trimmed);
        }
      }
    }
    options.addAll(ARGOCD_KEEP);
    return String.join(",", options);
  }
}
