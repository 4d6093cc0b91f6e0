package dev.kbforge.reconciler;

import dev.kbforge.reconciler.cluster.Cluster;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code kb apply} / {@code kb diff} should do.
 *
 * @param applySetName the tree's ApplySet name, or null for the directory's name
 * @param prune delete inventory members no longer in the tree
 * @param waitReady wait for CRDs Established and workloads rolled out
 * @param toolVersion the kbforge version recorded on the ApplySet parent
 * @param cluster concurrency, timeout, polling and retries
 * @param deleteClaims whether a plan may delete PersistentVolumeClaims ({@code kb apply --yes});
 *     without it such a plan is refused before anything is written
 * @param secretsFrom files and folders of Secrets to create when missing ({@code --secrets-from})
 * @param noActions run no lifecycle action through kbagent and no role-ordered roll ({@code
 *     --no-actions}, as Helm's {@code --no-hooks}); they stay pending for the next apply
 */
public record ReconcileOptions(
    String applySetName,
    boolean prune,
    boolean waitReady,
    String toolVersion,
    Cluster.Options cluster,
    boolean deleteClaims,
    List<Path> secretsFrom,
    boolean noActions) {
  public ReconcileOptions {
    secretsFrom = List.copyOf(secretsFrom);
  }

  /** Running the lifecycle actions. */
  public ReconcileOptions(
      String applySetName,
      boolean prune,
      boolean waitReady,
      String toolVersion,
      Cluster.Options cluster,
      boolean deleteClaims,
      List<Path> secretsFrom) {
    this(applySetName, prune, waitReady, toolVersion, cluster, deleteClaims, secretsFrom, false);
  }

  /** Without {@code --secrets-from}. */
  public ReconcileOptions(
      String applySetName,
      boolean prune,
      boolean waitReady,
      String toolVersion,
      Cluster.Options cluster,
      boolean deleteClaims) {
    this(applySetName, prune, waitReady, toolVersion, cluster, deleteClaims, List.of());
  }
}
