package dev.kbforge.compiler.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code type} of a JSON Schema node that does not write one, as a structural schema needs it:
 * from the keywords that only apply to one type, or from its enum/const values.
 */
final class Types {
  private static final Set<String> OBJECT =
      Set.of(
          "properties",
          "additionalProperties",
          "propertyNames",
          "minProperties",
          "maxProperties",
          "dependentRequired");
  private static final Set<String> ARRAY = Set.of("items", "minItems", "maxItems");
  private static final Set<String> STRING = Set.of("minLength", "maxLength", "pattern");

  private Types() {}

  /** The node's type, or null when nothing says (the node then accepts any value). */
  static String infer(JsonNode node, String path) {
    List<String> found = new ArrayList<>();
    if (node.propertyNames().stream().anyMatch(OBJECT::contains)) {
      found.add("object");
    }
    if (node.propertyNames().stream().anyMatch(ARRAY::contains)) {
      found.add("array");
    }
    if (node.propertyNames().stream().anyMatch(STRING::contains)) {
      found.add("string");
    }
    List<JsonNode> values = new ArrayList<>();
    node.path("enum").forEach(values::add);
    if (node.has("const")) {
      values.add(node.get("const"));
    }
    if (!values.isEmpty()) {
      found.add(ofValues(values, path));
    }
    if (found.stream().distinct().count() > 1) {
      throw KeywordRules.unsupported("keywords of several types " + found, path);
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static String ofValues(List<JsonNode> values, String path) {
    if (values.stream().allMatch(JsonNode::isString)) {
      return "string";
    }
    if (values.stream().allMatch(JsonNode::isIntegralNumber)) {
      return "integer";
    }
    if (values.stream().allMatch(JsonNode::isNumber)) {
      return "number";
    }
    if (values.stream().allMatch(JsonNode::isBoolean)) {
      return "boolean";
    }
    throw KeywordRules.unsupported("enum of mixed types", path);
  }
}
