package dev.kbforge.compiler.render.gotmpl;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The values KubeBlocks' parameters controller renders an externalManaged config template with
 * (pkg/controller/render/builtin_objects.go, {@code builtinObjectsAsValues}): {@code cluster},
 * {@code component} (the synthesized component under its JSON field names), {@code podSpec} and
 * {@code clusterDomain}, then the component's template vars on top, all through a JSON round trip.
 */
public final class BuiltinObjects {
  private BuiltinObjects() {}

  /**
   * @param cluster the Cluster object
   * @param component the synthesized component's JSON
   * @param podSpec the final pod spec
   * @param templateVars the component's template vars (strings, as KubeBlocks keeps them)
   */
  public static Map<String, Object> values(
      JsonNode cluster,
      JsonNode component,
      JsonNode podSpec,
      String clusterDomain,
      Map<String, String> templateVars) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("cluster", JsonValues.of(cluster));
    values.put("component", JsonValues.of(component));
    values.put("podSpec", JsonValues.of(podSpec));
    values.put("clusterDomain", clusterDomain);
    values.putAll(templateVars);
    return values;
  }
}
