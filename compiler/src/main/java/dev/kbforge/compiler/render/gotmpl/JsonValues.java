package dev.kbforge.compiler.render.gotmpl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A JSON tree as Go's {@code json.Unmarshal} into {@code interface{}} gives it, which is what
 * KubeBlocks' template values go through ({@code builtinObjectsAsValues}): objects are maps, arrays
 * lists, every number a float64 ({@link Double}).
 */
public final class JsonValues {
  private JsonValues() {}

  public static Object of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        map.put(e.getKey(), of(e.getValue()));
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(of(item)));
      return list;
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.asString();
  }
}
