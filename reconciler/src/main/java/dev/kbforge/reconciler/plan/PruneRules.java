package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Arrays;

/**
 * Whether an inventory member that left the tree may be deleted. Kept, in this order:
 *
 * <ol>
 *   <li>everything, without {@code --prune};
 *   <li>CustomResourceDefinitions (deleting one deletes every object of its kind) and Namespaces
 *       (deleting one deletes everything in it, PersistentVolumeClaims included);
 *   <li>everything of a cluster whose terminationPolicy is DoNotTerminate;
 *   <li>objects annotated {@code argocd.argoproj.io/sync-options: Prune=false} or {@code
 *       kustomize.toolkit.fluxcd.io/prune: disabled};
 *   <li>PersistentVolumeClaims and generated account Secrets, unless the cluster's
 *       terminationPolicy is WipeOut.
 * </ol>
 */
final class PruneRules {
  private PruneRules() {}

  /**
   * The reason to keep {@code member}, or {@code null} to prune it.
   *
   * @param policy its cluster's terminationPolicy, or null when unknown
   */
  static String keepReason(GenericKubernetesResource member, String policy, boolean prune) {
    String kind = member.getKind();
    String group = Objects.group(member.getApiVersion());
    if (!prune) {
      return "no longer in the tree (--prune deletes it)";
    }
    if (kind.equals("CustomResourceDefinition")) {
      return "CustomResourceDefinitions are never pruned: deleting one deletes every object of its"
          + " kind";
    }
    if (kind.equals("Namespace") && group.isEmpty()) {
      return "Namespaces are never pruned: deleting one deletes everything in it";
    }
    String cluster = TerminationPolicies.clusterOf(member);
    if (TerminationPolicies.DO_NOT_TERMINATE.equals(policy)) {
      return "cluster " + cluster + " has terminationPolicy DoNotTerminate";
    }
    String syncOptions = Objects.annotation(member, Keys.ARGOCD_SYNC_OPTIONS);
    if (syncOptions != null
        && Arrays.stream(syncOptions.split(",")).anyMatch(o -> o.trim().equals("Prune=false"))) {
      return "annotated " + Keys.ARGOCD_SYNC_OPTIONS + ": Prune=false";
    }
    if ("disabled".equals(Objects.annotation(member, Keys.FLUX_PRUNE))) {
      return "annotated " + Keys.FLUX_PRUNE + ": disabled";
    }
    boolean wipeOut = TerminationPolicies.WIPE_OUT.equals(policy);
    String policyText = policy == null ? "unknown" : policy;
    if (kind.equals("PersistentVolumeClaim") && group.isEmpty() && !wipeOut) {
      return "PersistentVolumeClaims are pruned only when the cluster's terminationPolicy is"
          + " WipeOut (it is "
          + policyText
          + ")";
    }
    if ("true".equals(Objects.annotation(member, Keys.GENERATED_CREDENTIALS)) && !wipeOut) {
      return "generated account Secret: pruned only when the cluster's terminationPolicy is"
          + " WipeOut (it is "
          + policyText
          + ")";
    }
    return null;
  }
}
