package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Arrays;
import java.util.Map;

/**
 * Whether an object that left the tree may be deleted, following the terminationPolicy of its
 * cluster as KubeBlocks v1 defines it (apis/apps/v1/cluster_types.go): DoNotTerminate blocks
 * deletion, Delete removes all runtime resources of the cluster (PersistentVolumeClaims and account
 * Secrets included), WipeOut also removes its backups. Kept, in this order:
 *
 * <ol>
 *   <li>everything, without {@code --prune};
 *   <li>CustomResourceDefinitions (deleting one deletes every object of its kind) and Namespaces
 *       (deleting one deletes everything in it, PersistentVolumeClaims included);
 *   <li>everything of a cluster whose terminationPolicy is DoNotTerminate;
 *   <li>objects annotated by hand {@code argocd.argoproj.io/sync-options: Prune=false} or {@code
 *       kustomize.toolkit.fluxcd.io/prune: disabled}. The opt-outs kbforge renders for a
 *       DoNotTerminate cluster come with {@code kbforge.dev/termination-policy} and follow the
 *       cluster's current policy instead, so a change of policy in git takes effect at once;
 *   <li>PersistentVolumeClaims and generated account Secrets of a cluster whose terminationPolicy
 *       is unknown (neither Delete nor WipeOut): their data cannot be made again;
 *   <li>backup-related objects (API group {@code dataprotection.kubeblocks.io}) unless the policy
 *       is WipeOut, and Backups with {@code deletionPolicy: Retain} even then, as KubeBlocks'
 *       controllers/dataprotection/cluster_backup_controller.go chooses the backups to delete.
 * </ol>
 */
final class PruneRules {
  static final String BACKUP_GROUP = "dataprotection.kubeblocks.io";

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
    String optOut = handWrittenOptOut(member);
    if (optOut != null) {
      return "annotated " + optOut;
    }
    boolean deletes = TerminationPolicies.deletesData(policy);
    String policyText = policy == null ? "unknown" : policy;
    if (ClaimSize.isClaim(member) && !deletes) {
      return "PersistentVolumeClaims are pruned only when the cluster's terminationPolicy is Delete"
          + " or WipeOut (it is "
          + policyText
          + ")";
    }
    if ("true".equals(Objects.annotation(member, Keys.GENERATED_CREDENTIALS)) && !deletes) {
      return "generated account Secret: pruned only when the cluster's terminationPolicy is"
          + " Delete or WipeOut (it is "
          + policyText
          + ")";
    }
    if (group.equals(BACKUP_GROUP)) {
      if (!TerminationPolicies.WIPE_OUT.equals(policy)) {
        return "backup-related: pruned only when the cluster's terminationPolicy is WipeOut (it is "
            + policyText
            + ")";
      }
      if (kind.equals("Backup") && "Retain".equals(deletionPolicy(member))) {
        return "Backup with deletionPolicy Retain";
      }
    }
    return null;
  }

  /**
   * The Argo CD or Flux opt-out on {@code member}, unless kbforge put it there for a DoNotTerminate
   * cluster (then it carries {@link Keys#TERMINATION_POLICY}); null when there is none.
   */
  private static String handWrittenOptOut(GenericKubernetesResource member) {
    if (Objects.annotation(member, Keys.TERMINATION_POLICY) != null) {
      return null;
    }
    String syncOptions = Objects.annotation(member, Keys.ARGOCD_SYNC_OPTIONS);
    if (syncOptions != null
        && Arrays.stream(syncOptions.split(",")).anyMatch(o -> o.trim().equals("Prune=false"))) {
      return Keys.ARGOCD_SYNC_OPTIONS + ": Prune=false";
    }
    if ("disabled".equals(Objects.annotation(member, Keys.FLUX_PRUNE))) {
      return Keys.FLUX_PRUNE + ": disabled";
    }
    return null;
  }

  private static Object deletionPolicy(GenericKubernetesResource member) {
    return member.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec
        ? spec.get("deletionPolicy")
        : null;
  }
}
