package dev.kbforge.compiler.crd;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Combines a {@code $ref} target with the keywords written beside the {@code $ref}: in JSON Schema
 * 2020-12 both apply, so the result is their conjunction. Lower bounds take the larger value, upper
 * bounds the smaller, {@code required} the union, {@code properties} merge by name; annotations
 * (description, title) come from the referring side, which is the more specific. Any other keyword
 * on both sides with different values has no single equivalent and throws.
 */
final class SchemaMerge {
  private static final Set<String> LOWER_BOUNDS =
      Set.of("minimum", "minLength", "minItems", "minProperties");
  private static final Set<String> UPPER_BOUNDS =
      Set.of("maximum", "maxLength", "maxItems", "maxProperties");
  private static final Set<String> ANNOTATIONS = Set.of("description", "title", "$comment");

  private SchemaMerge() {}

  /** {@code target} narrowed by {@code beside}; both are inlined copies and may be reused. */
  static ObjectNode narrow(ObjectNode target, ObjectNode beside) {
    ObjectNode result = target.deepCopy();
    for (Map.Entry<String, JsonNode> entry : beside.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      JsonNode old = result.get(key);
      if (old == null || ANNOTATIONS.contains(key)) {
        result.set(key, value);
      } else if (LOWER_BOUNDS.contains(key)) {
        result.set(key, compare(old, value) >= 0 ? old : value);
      } else if (UPPER_BOUNDS.contains(key)) {
        result.set(key, compare(old, value) <= 0 ? old : value);
      } else if (key.equals("required")) {
        result.set(key, union((ArrayNode) old, (ArrayNode) value));
      } else if (key.equals("properties")) {
        result.set(key, mergeProperties((ObjectNode) old, (ObjectNode) value));
      } else if (!old.equals(value)) {
        throw new IllegalStateException(
            "cannot combine '" + key + "' of a $ref target with the one beside the $ref");
      }
    }
    return result;
  }

  private static int compare(JsonNode a, JsonNode b) {
    BigDecimal left = a.decimalValue();
    return left.compareTo(b.decimalValue());
  }

  private static ArrayNode union(ArrayNode a, ArrayNode b) {
    Set<JsonNode> items = new LinkedHashSet<>();
    a.forEach(items::add);
    b.forEach(items::add);
    ArrayNode result = JsonNodeFactory.instance.arrayNode(items.size());
    items.forEach(result::add);
    return result;
  }

  private static ObjectNode mergeProperties(ObjectNode a, ObjectNode b) {
    ObjectNode result = a.deepCopy();
    for (Map.Entry<String, JsonNode> entry : b.properties()) {
      JsonNode old = result.get(entry.getKey());
      result.set(
          entry.getKey(),
          old == null ? entry.getValue() : narrow((ObjectNode) old, (ObjectNode) entry.getValue()));
    }
    return result;
  }
}
