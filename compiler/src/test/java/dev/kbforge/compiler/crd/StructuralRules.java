package dev.kbforge.compiler.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Test helper: the rules a Kubernetes structural schema (apiextensions.k8s.io/v1) must follow,
 * checked node by node, as a list of violations ("path: what is wrong"). Stricter than the API
 * server in two ways that matter to kbforge: an object must say what happens to its fields (an
 * object that would always be pruned empty is a mistake), and every required field must be one the
 * schema keeps.
 */
final class StructuralRules {
  private static final Set<String> ALLOWED =
      Set.of(
          "type",
          "format",
          "description",
          "properties",
          "additionalProperties",
          "items",
          "required",
          "enum",
          "pattern",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "minProperties",
          "maxProperties",
          "nullable",
          "default",
          "x-kubernetes-preserve-unknown-fields",
          "x-kubernetes-int-or-string",
          "x-kubernetes-validations",
          "x-kubernetes-list-type",
          "x-kubernetes-list-map-keys",
          "x-kubernetes-map-type",
          "x-kubernetes-embedded-resource");
  private static final Set<String> TYPES =
      Set.of("object", "array", "string", "integer", "number", "boolean");

  private StructuralRules() {}

  static List<String> violations(JsonNode root) {
    List<String> found = new ArrayList<>();
    if (!"object".equals(root.path("type").asString(""))) {
      found.add(": the root must be of type object");
    }
    JsonNode metadata = root.path("properties").path("metadata");
    for (String key : metadata.propertyNames()) {
      if (!key.equals("type") && !key.equals("description")) {
        found.add("metadata: only the API server's metadata schema applies, not " + key);
      }
    }
    for (SchemaNodes.Node node : SchemaNodes.all(root)) {
      check(node.path(), node.schema(), found);
    }
    return found;
  }

  private static void check(String path, JsonNode schema, List<String> found) {
    String at = path + ": ";
    for (String key : schema.propertyNames()) {
      if (!ALLOWED.contains(key)) {
        found.add(at + "keyword " + key + " is not allowed");
      }
    }
    JsonNode typeNode = schema.get("type");
    String type = typeNode != null && typeNode.isString() ? typeNode.asString() : "";
    boolean preserve = SchemaNodes.preservesUnknown(schema);
    boolean intOrString = schema.path("x-kubernetes-int-or-string").asBoolean(false);
    if (typeNode == null && !preserve && !intOrString) {
      found.add(at + "no type");
    }
    if (typeNode != null && !TYPES.contains(type)) {
      found.add(at + "type " + typeNode + " is not a single known type");
    }
    if (intOrString && typeNode != null) {
      found.add(at + "x-kubernetes-int-or-string with a type");
    }
    JsonNode additional = schema.get("additionalProperties");
    if (additional != null && !additional.isObject()) {
      found.add(at + "additionalProperties must be a schema, not " + additional);
    }
    if (additional != null && schema.has("properties")) {
      found.add(at + "additionalProperties together with properties");
    }
    if ((schema.has("properties") || additional != null) && !type.equals("object")) {
      found.add(at + "properties on a node not of type object");
    }
    if (type.equals("array") && !schema.path("items").isObject()) {
      found.add(at + "an array needs one items schema");
    }
    if (schema.has("items") && !type.equals("array")) {
      found.add(at + "items on a node not of type array");
    }
    boolean open = !schema.has("properties") && additional == null;
    if (type.equals("object") && open && !preserve && !path.equals("metadata")) {
      found.add(at + "object without fields would be pruned empty");
    }
    for (String bound : List.of("exclusiveMinimum", "exclusiveMaximum")) {
      if (schema.has(bound) && !schema.get(bound).isBoolean()) {
        found.add(at + bound + " must be a boolean in OpenAPI v3.0");
      }
    }
    if (schema.has("nullable") && !schema.get("nullable").isBoolean()) {
      found.add(at + "nullable must be a boolean");
    }
    for (JsonNode required : schema.path("required")) {
      if (!preserve && !schema.path("properties").has(required.asString(""))) {
        found.add(at + "required field " + required + " would be pruned");
      }
    }
    for (JsonNode value : schema.path("enum")) {
      if (!matches(type, value)) {
        found.add(at + "enum value " + value + " is not of type " + type);
      }
    }
    String listType = schema.path("x-kubernetes-list-type").asString("");
    if (!listType.isEmpty() && !Set.of("atomic", "set", "map").contains(listType)) {
      found.add(at + "unknown list type " + listType);
    }
    if (listType.equals("map")) {
      for (JsonNode key : schema.path("x-kubernetes-list-map-keys")) {
        if (!schema.path("items").path("properties").has(key.asString(""))
            || !strings(schema.path("items").path("required")).contains(key.asString(""))) {
          found.add(at + "list map key " + key + " is not a required field of the items");
        }
      }
      if (schema.path("x-kubernetes-list-map-keys").isEmpty()) {
        found.add(at + "a list map needs keys");
      }
    }
    for (JsonNode rule : schema.path("x-kubernetes-validations")) {
      if (!rule.path("rule").isString() || !rule.path("message").isString()) {
        found.add(at + "a validation needs a rule and a message: " + rule);
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString("")));
    return values;
  }

  private static boolean matches(String type, JsonNode value) {
    return switch (type) {
      case "string" -> value.isString();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> false;
    };
  }
}
