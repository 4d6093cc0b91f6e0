package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the InstanceSet and the StatefulSet of a component share besides the pod template. */
final class WorkloadParts {
  /** ITS annotation carrying a claim's persistentVolumeClaimName (PVC name prefix). */
  static final String PVC_NAME_PREFIX = "apps.kubeblocks.io/pvc-name-prefix";

  private WorkloadParts() {}

  /**
   * The workload's annotations: the definition's, then {@code app.kubernetes.io/component=<cmpd>}
   * and the service version, then kbforge's hints for {@code kb apply} ({@link ApplyHints}, {@link
   * KbAgentCallHints}). The prune opt-outs of a DoNotTerminate cluster are added to every object by
   * {@link TerminationOptOuts}.
   */
  static Map<String, String> annotations(SynthesizedComponent c) {
    Map<String, String> annotations = Labels.definitionAnnotations(c);
    annotations.put(Labels.COMPONENT, c.definitionName());
    if (!c.serviceVersion().isEmpty()) {
      annotations.put(Labels.SERVICE_VERSION, c.serviceVersion());
    }
    ApplyHints.put(c, annotations);
    KbAgentCallHints.put(c, annotations);
    return annotations;
  }

  /**
   * The Cluster's volumeClaimTemplates as PersistentVolumeClaims: {@code metadata{name, labels,
   * annotations}, spec}. With {@code withNamePrefix} a persistentVolumeClaimName becomes the
   * InstanceSet's PVC name prefix annotation.
   */
  static ArrayNode claims(JsonNode templates, boolean withNamePrefix) {
    ArrayNode claims = Manifests.NODES.arrayNode();
    for (JsonNode template : templates) {
      ObjectNode claim = claims.addObject();
      ObjectNode metadata = claim.putObject("metadata");
      metadata.put("name", Nodes.text(template, "name"));
      Manifests.copy(template, "labels", metadata);
      Manifests.copy(template, "annotations", metadata);
      String prefix = Nodes.text(template, "persistentVolumeClaimName");
      if (withNamePrefix && !prefix.isEmpty()) {
        JsonNode existing = metadata.path("annotations");
        ObjectNode annotations =
            existing instanceof ObjectNode object ? object : metadata.putObject("annotations");
        annotations.put(PVC_NAME_PREFIX, prefix);
      }
      Manifests.copy(template, "spec", claim);
    }
    return claims;
  }

  /**
   * The component's retention policy with both fields explicit, Delete when unset (KubeBlocks'
   * default, pkg/controller/component/synthesize_component.go). A DoNotTerminate cluster retains
   * its claims when the workload is deleted, whatever the component says: nothing of it is ever
   * deleted. Scaling in is not termination, so whenScaled stays the component's.
   */
  static ObjectNode retentionPolicy(SynthesizedComponent c) {
    JsonNode policy = c.spec().path("persistentVolumeClaimRetentionPolicy");
    ObjectNode out = Manifests.NODES.objectNode();
    out.put(
        "whenDeleted",
        c.cluster().doNotTerminate() ? "Retain" : orDelete(Nodes.text(policy, "whenDeleted")));
    out.put("whenScaled", orDelete(Nodes.text(policy, "whenScaled")));
    return out;
  }

  private static String orDelete(String value) {
    return value.isEmpty() ? "Delete" : value;
  }

  /** The cmpd's podManagementPolicy, OrderedReady by default. */
  static String podManagementPolicy(SynthesizedComponent c) {
    String policy = Nodes.text(c.definitionSpec(), "podManagementPolicy");
    return policy.isEmpty() ? "OrderedReady" : policy;
  }
}
