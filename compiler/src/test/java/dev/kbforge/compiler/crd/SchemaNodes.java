package dev.kbforge.compiler.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Test helper: the schema nodes of a CRD's openAPIV3Schema, each with a readable path. */
final class SchemaNodes {
  /** One schema node; {@code path} is like {@code spec.componentSpecs[].name}, "" for the root. */
  record Node(String path, JsonNode schema) {}

  private SchemaNodes() {}

  /** The openAPIV3Schema of a generated CRD's only version. */
  static JsonNode openApiSchema(JsonNode crd) {
    return crd.path("spec").path("versions").path(0).path("schema").path("openAPIV3Schema");
  }

  /** The root and every node below it (properties, items, additionalProperties). */
  static List<Node> all(JsonNode root) {
    List<Node> nodes = new ArrayList<>();
    collect("", root, nodes);
    return nodes;
  }

  private static void collect(String path, JsonNode schema, List<Node> nodes) {
    nodes.add(new Node(path, schema));
    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
      collect(join(path, property.getKey()), property.getValue(), nodes);
    }
    if (schema.path("items").isObject()) {
      collect(path + "[]", schema.get("items"), nodes);
    }
    if (schema.path("additionalProperties").isObject()) {
      collect(path + "{}", schema.get("additionalProperties"), nodes);
    }
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static boolean preservesUnknown(JsonNode schema) {
    return schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
  }
}
