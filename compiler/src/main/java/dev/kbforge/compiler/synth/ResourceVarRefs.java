package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code resourceVarRef}: the Cluster component's resources as integers (Kubernetes' {@code
 * Quantity.Value()}, so CPU rounds up to whole cores and memory is in bytes). {@code cpu} and
 * {@code memory} read the requests, {@code cpuLimit} and {@code memoryLimit} the limits, {@code
 * storage} the named volumeClaimTemplate's storage request (its limit when it has no request). As
 * in KubeBlocks, an amount the Cluster does not set is 0.
 */
final class ResourceVarRefs {
  private ResourceVarRefs() {}

  static RawVars resolve(VarScope scope, JsonNode ref) {
    ObjectVars.Lookup<SynthesizedComponent> itself = Optional::of;
    if (ref.has("cpu") || ref.has("cpuLimit")) {
      String field = ref.has("cpu") ? "cpu" : "cpuLimit";
      String list = ref.has("cpu") ? "requests" : "limits";
      return ObjectVars.resolve(
          scope,
          "the Component",
          ref,
          Nodes.text(ref, field),
          itself,
          (c, x) -> amount(c.spec().path("resources").path(list).path("cpu")));
    }
    if (ref.has("memory") || ref.has("memoryLimit")) {
      String field = ref.has("memory") ? "memory" : "memoryLimit";
      String list = ref.has("memory") ? "requests" : "limits";
      return ObjectVars.resolve(
          scope,
          "the Component",
          ref,
          Nodes.text(ref, field),
          itself,
          (c, x) -> amount(c.spec().path("resources").path(list).path("memory")));
    }
    if (ref.has("storage")) {
      JsonNode storage = ref.path("storage");
      String volume = Nodes.text(storage, "name");
      return ObjectVars.resolve(
          scope,
          "the Component",
          ref,
          Nodes.text(storage, "option"),
          itself,
          (c, x) -> amount(storage(c, volume)));
    }
    return RawVars.empty();
  }

  private static JsonNode storage(SynthesizedComponent c, String volume) {
    for (JsonNode vct : Nodes.items(c.spec(), "volumeClaimTemplates")) {
      if (Nodes.text(vct, "name").equals(volume)) {
        JsonNode resources = vct.path("spec").path("resources");
        JsonNode request = resources.path("requests").path("storage");
        return request.isMissingNode() ? resources.path("limits").path("storage") : request;
      }
    }
    return MissingNode.getInstance();
  }

  private static VarValue amount(JsonNode quantity) {
    return VarValue.text(Long.toString(QuantityValue.of(quantity).orElse(0)));
  }
}
