package dev.kbforge.compiler.crd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an inlined JSON Schema (2020-12, no {@code $ref}) into a Kubernetes structural schema
 * (OpenAPI v3.0 subset of apiextensions.k8s.io/v1):
 *
 * <ul>
 *   <li>every node gets a {@code type}, inferred from {@code properties}, {@code items} or its enum
 *       values when not written; {@code ["integer","string"]} becomes {@code
 *       x-kubernetes-int-or-string}, {@code [T, "null"]} becomes {@code nullable};
 *   <li>open objects (no {@code additionalProperties: false}) keep unknown fields ({@code
 *       x-kubernetes-preserve-unknown-fields}); closed ones lose the keyword, since Kubernetes
 *       prunes unknown fields by default;
 *   <li>{@code const} becomes a one-value enum; 2020-12 numeric {@code exclusiveMinimum/Maximum}
 *       become the OpenAPI v3.0 boolean forms;
 *   <li>{@code propertyNames}, {@code dependentRequired} and {@code if/then} become CEL rules
 *       ({@link KeywordRules});
 *   <li>annotations Kubernetes does not keep ({@code $schema}, {@code $id}, {@code title}...) go.
 * </ul>
 *
 * Any other keyword throws: silently dropping a constraint would make the CRD accept what kbforge
 * rejects.
 */
final class StructuralSchema {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Copied as they are. */
  private static final Set<String> KEPT =
      Set.of(
          "description",
          "format",
          "pattern",
          "minimum",
          "maximum",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "minProperties",
          "maxProperties",
          "required",
          "enum",
          "default",
          "nullable");

  /** Annotations without a place in a CRD. */
  private static final Set<String> DROPPED =
      Set.of("$schema", "$id", "$comment", "title", "examples", "deprecated");

  /** Handled by their own code below. */
  private static final Set<String> CONVERTED =
      Set.of(
          "type",
          "const",
          "properties",
          "items",
          "additionalProperties",
          "propertyNames",
          "dependentRequired",
          "if",
          "then",
          "exclusiveMinimum",
          "exclusiveMaximum");

  private StructuralSchema() {}

  /** The structural form of {@code schema}; the argument is not modified. */
  static ObjectNode of(JsonNode schema) {
    return convert(schema, "");
  }

  private static ObjectNode convert(JsonNode node, String path) {
    ObjectNode out = NODES.objectNode();
    List<CelRule> rules = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (KEPT.contains(key) || key.startsWith("x-kubernetes-")) {
        out.set(key, value.deepCopy());
      } else if (!DROPPED.contains(key) && !CONVERTED.contains(key)) {
        throw KeywordRules.unsupported(key, path);
      }
    }
    if (node.has("const")) {
      out.putArray("enum").add(node.get("const").deepCopy());
    }
    if (node.has("properties")) {
      ObjectNode properties = out.putObject("properties");
      for (Map.Entry<String, JsonNode> entry : node.get("properties").properties()) {
        properties.set(entry.getKey(), convert(entry.getValue(), path + "/" + entry.getKey()));
      }
    }
    if (node.has("items")) {
      if (!node.get("items").isObject()) {
        throw KeywordRules.unsupported("items (tuple form)", path);
      }
      out.set("items", convert(node.get("items"), path + "/[]"));
    }
    additionalProperties(node, out, path);
    exclusiveBound(node, out, "exclusiveMinimum", "minimum", 1);
    exclusiveBound(node, out, "exclusiveMaximum", "maximum", -1);
    if (node.has("propertyNames")) {
      rules.addAll(KeywordRules.propertyNames(node.get("propertyNames"), path));
    }
    if (node.has("dependentRequired")) {
      rules.addAll(KeywordRules.dependentRequired(node.get("dependentRequired")));
    }
    if (node.has("if") || node.has("then")) {
      rules.add(KeywordRules.ifThen(node.path("if"), node.path("then"), path));
    }
    type(node, out, path);
    if (!rules.isEmpty()) {
      ArrayNode validations = out.putArray("x-kubernetes-validations");
      rules.forEach(rule -> validations.add(rule.toNode()));
    }
    return out;
  }

  private static void additionalProperties(JsonNode node, ObjectNode out, String path) {
    JsonNode additional = node.get("additionalProperties");
    boolean objectLike = node.has("properties") || isType(node, "object");
    if (additional == null) {
      if (objectLike) {
        out.put("x-kubernetes-preserve-unknown-fields", true); // open in JSON Schema: keep it
      }
    } else if (additional.isBoolean()) {
      if (additional.asBoolean()) {
        out.put("x-kubernetes-preserve-unknown-fields", true);
      } // false: Kubernetes prunes unknown fields anyway, and rejects the keyword
    } else if (node.has("properties")) {
      throw KeywordRules.unsupported("additionalProperties beside properties", path);
    } else {
      out.set("additionalProperties", convert(additional, path + "/*"));
    }
  }

  /** 2020-12 {@code exclusiveMinimum: 5} is OpenAPI v3.0 {@code minimum: 5, exclusiveMinimum}. */
  private static void exclusiveBound(
      JsonNode node, ObjectNode out, String exclusive, String inclusive, int tighter) {
    JsonNode bound = node.get(exclusive);
    if (bound == null) {
      return;
    }
    if (!bound.isNumber()) {
      throw KeywordRules.unsupported(exclusive + " (boolean form)", "");
    }
    JsonNode current = out.get(inclusive);
    BigDecimal value = bound.decimalValue();
    if (current != null && current.decimalValue().compareTo(value) * tighter > 0) {
      return; // the inclusive bound is already stricter
    }
    out.set(inclusive, bound.deepCopy());
    out.put(exclusive, true);
  }

  private static void type(JsonNode node, ObjectNode out, String path) {
    JsonNode type = node.get("type");
    if (type != null && type.isArray()) {
      Set<String> types = new TreeSet<>();
      type.forEach(t -> types.add(t.asString()));
      if (types.equals(Set.of("integer", "string"))) {
        out.put("x-kubernetes-int-or-string", true);
        return;
      }
      if (types.size() == 2 && types.remove("null")) {
        out.put("type", types.iterator().next());
        out.put("nullable", true);
        return;
      }
      throw KeywordRules.unsupported("type " + types, path);
    }
    String inferred = type != null ? type.asString() : Types.infer(node, path);
    if (inferred != null) {
      out.put("type", inferred);
    } else {
      out.put("x-kubernetes-preserve-unknown-fields", true); // {}: any value
    }
  }

  private static boolean isType(JsonNode node, String type) {
    return type.equals(node.path("type").asString(""));
  }
}
