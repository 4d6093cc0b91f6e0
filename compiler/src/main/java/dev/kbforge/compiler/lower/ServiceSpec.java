package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Service as declared (a ComponentDefinition or Cluster {@code services[]} entry), after the
 * Cluster component's override: KubeBlocks replaces the declared type, annotations and podService
 * with the override's and provisions the service even when {@code disableAutoProvision} is set.
 *
 * @param spec the declared {@code spec} (a ServiceSpec), never null
 * @param type the service type ({@code ""} when unset)
 * @param annotations the service's annotations
 * @param podService one Service per pod
 * @param disabled not provisioned (disableAutoProvision and not listed by the Cluster)
 */
record ServiceSpec(
    JsonNode spec,
    String type,
    Map<String, String> annotations,
    boolean podService,
    boolean disabled) {

  /** {@code declared} as overridden by {@code override} (a ClusterComponentService, or null). */
  static ServiceSpec of(JsonNode declared, JsonNode override) {
    JsonNode spec =
        declared.path("spec").isObject() ? declared.path("spec") : Manifests.NODES.objectNode();
    if (override == null) {
      return new ServiceSpec(
          spec,
          Nodes.text(spec, "type"),
          Manifests.stringMap(declared.path("annotations")),
          Nodes.isTrue(declared, "podService"),
          Nodes.isTrue(declared, "disableAutoProvision"));
    }
    return new ServiceSpec(
        spec,
        Nodes.text(override, "serviceType"),
        Manifests.stringMap(override.path("annotations")),
        Nodes.isTrue(override, "podService"),
        false);
  }

  /** The declared selector (a fresh, sorted map the caller may add to). */
  Map<String, String> selector() {
    return new TreeMap<>(Manifests.stringMap(spec.path("selector")));
  }

  /**
   * A copy of the spec with {@code selector} and the type; a LoadBalancer without
   * externalTrafficPolicy gets {@code Local} (KubeBlocks keeps client addresses and saves a hop).
   *
   * @param defaultClusterIp write {@code type: ClusterIP} when no type is set (component Services
   *     do, cluster Services leave it to the API server)
   */
  ObjectNode build(Map<String, String> selector, boolean defaultClusterIp) {
    ObjectNode result = ((ObjectNode) spec).deepCopy();
    result.set("selector", Manifests.strings(new TreeMap<>(selector)));
    if (!type.isEmpty()) {
      result.put("type", type);
    } else if (defaultClusterIp) {
      result.put("type", "ClusterIP");
    } else {
      result.remove("type");
    }
    if ("LoadBalancer".equals(type) && !result.path("externalTrafficPolicy").isString()) {
      result.put("externalTrafficPolicy", "Local");
    }
    return result;
  }
}
