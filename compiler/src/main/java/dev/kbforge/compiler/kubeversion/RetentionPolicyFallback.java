package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.ClusterInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A StatefulSet's persistentVolumeClaimRetentionPolicy that kbforge generated (from the Cluster's
 * terminationPolicy) on a release without the field: it is left out rather than failing every
 * render, since such a release keeps a StatefulSet's PVCs, which is the Retain policy. When the
 * generated policy asked for deletion, and the StatefulSet has claims, KB5502 says what is lost.
 */
final class RetentionPolicyFallback {
  private static final String RETAIN = "Retain";

  private RetentionPolicyFallback() {}

  static void omit(
      ObjectNode statefulSet,
      ClusterInfo cluster,
      KubeVersion version,
      KubeVersion since,
      Reporter reporter) {
    ObjectNode spec = (ObjectNode) statefulSet.path("spec");
    JsonNode policy = spec.remove(KubeVersionGate.RETENTION_POLICY);
    boolean retains =
        RETAIN.equals(Nodes.text(policy, "whenDeleted"))
            && RETAIN.equals(Nodes.text(policy, "whenScaled"));
    if (retains || spec.path("volumeClaimTemplates").isEmpty()) {
      return;
    }
    String pointer =
        cluster.document().root().path("spec").has("terminationPolicy")
            ? "/spec/terminationPolicy"
            : "/metadata/name";
    reporter.value(
        Code.KB5502,
        cluster.document(),
        pointer,
        "StatefulSet '"
            + statefulSet.path("metadata").path("name").asString("")
            + "' is rendered without "
            + KubeVersionGate.RETENTION_POLICY
            + " (whenDeleted: "
            + Nodes.text(policy, "whenDeleted")
            + ", whenScaled: "
            + Nodes.text(policy, "whenScaled")
            + "): Kubernetes "
            + version
            + " lacks it (it needs "
            + since
            + ")",
        "its PVCs stay when the StatefulSet is deleted or scaled down; they are removed only by"
            + " `kb apply --prune`, not by Argo CD or Flux");
  }
}
