package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves one var's {@code valueFrom} (reference section 2.1). The larger sources have their own
 * classes; the small ones are here.
 */
final class VarSources {
  private VarSources() {}

  static RawVars resolve(VarScope scope, JsonNode valueFrom) {
    if (valueFrom.has("configMapKeyRef") || valueFrom.has("secretKeyRef")) {
      return RawVars.of(RawVar.reference(scope.name(), keyRef(valueFrom)));
    }
    if (valueFrom.has("hostNetworkVarRef")) {
      return hostNetwork(scope, valueFrom.path("hostNetworkVarRef"));
    }
    if (valueFrom.has("serviceVarRef")) {
      return ServiceVarRefs.resolve(scope, valueFrom.path("serviceVarRef"));
    }
    if (valueFrom.has("credentialVarRef")) {
      return CredentialVarRefs.resolve(scope, valueFrom.path("credentialVarRef"));
    }
    if (valueFrom.has("tlsVarRef")) {
      return tls(scope, valueFrom.path("tlsVarRef"));
    }
    if (valueFrom.has("serviceRefVarRef")) {
      return ServiceRefVarRefs.resolve(scope, valueFrom.path("serviceRefVarRef"));
    }
    if (valueFrom.has("resourceVarRef")) {
      return ResourceVarRefs.resolve(scope, valueFrom.path("resourceVarRef"));
    }
    if (valueFrom.has("componentVarRef")) {
      return ComponentVarRefs.resolve(scope, valueFrom.path("componentVarRef"));
    }
    if (valueFrom.has("clusterVarRef")) {
      return cluster(scope, valueFrom.path("clusterVarRef"));
    }
    return RawVars.empty();
  }

  /**
   * A ConfigMap or Secret key: delivered as the same {@code valueFrom}, so Kubernetes reads it when
   * the pod starts. (KubeBlocks inlines a ConfigMap value; offline its data is not known.)
   */
  private static JsonNode keyRef(JsonNode valueFrom) {
    String kind = valueFrom.has("configMapKeyRef") ? "configMapKeyRef" : "secretKeyRef";
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    copy.set(kind, valueFrom.path(kind).deepCopy());
    return copy;
  }

  /**
   * {@code clusterVarRef}: namespace and name, and the UID, for which a rendered tree has no
   * Cluster object: a stable value derived from namespace and name ({@link ClusterUid}).
   */
  private static RawVars cluster(VarScope scope, JsonNode ref) {
    ClusterInfo cluster = scope.self().cluster();
    if (ref.has("namespace")) {
      return RawVars.of(RawVar.value(scope.name(), cluster.namespace()));
    }
    if (ref.has("clusterName")) {
      return RawVars.of(RawVar.value(scope.name(), cluster.name()));
    }
    if (ref.has("clusterUID")) {
      return RawVars.of(
          RawVar.value(scope.name(), ClusterUid.of(cluster.namespace(), cluster.name())));
    }
    return RawVars.empty();
  }

  /**
   * {@code tlsVarRef}: "true" when the Cluster component sets {@code tls}. KubeBlocks gives a
   * component without TLS no TLS config at all, so the var then has no value (never "false").
   */
  private static RawVars tls(VarScope scope, JsonNode ref) {
    if (!ref.has("enabled")) {
      return RawVars.empty();
    }
    return ObjectVars.resolve(
        scope,
        "TLS",
        ref,
        Nodes.text(ref, "enabled"),
        Optional::of,
        (c, x) -> Nodes.isTrue(c.spec(), "tls") ? VarValue.text("true") : VarValue.missing());
  }

  /**
   * {@code hostNetworkVarRef}: a component without host network has no such port (the reference
   * finds no object); with host network on, KubeBlocks allocates the port at run time (KB5224).
   */
  private static RawVars hostNetwork(VarScope scope, JsonNode ref) {
    JsonNode port = ref.path("container").path("port");
    if (!port.isObject()) {
      return RawVars.empty();
    }
    return ObjectVars.resolve(
        scope,
        "host networking",
        ref,
        Nodes.text(port, "option"),
        c -> hostNetworkOn(c) ? Optional.of(c) : Optional.empty(),
        (c, x) ->
            new VarValue.Unknown(
                Code.KB5224,
                "host port '"
                    + Nodes.text(port, "name")
                    + "' of container '"
                    + Nodes.text(ref.path("container"), "name")
                    + "' is allocated when the pod is scheduled; it is left out"));
  }

  private static boolean hostNetworkOn(SynthesizedComponent c) {
    JsonNode capability = c.definitionSpec().path("hostNetwork");
    return capability.isObject()
        && !capability.isEmpty()
        && Nodes.isTrue(c.spec().path("network"), "hostNetwork");
  }
}
