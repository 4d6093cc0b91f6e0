package dev.kbforge.compiler.lower;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the Kubernetes objects the non-workload lowerers emit. */
final class Manifests {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Manifests() {}

  /**
   * A complete object head: apiVersion, kind and metadata (name, namespace, labels, and annotations
   * when there are any).
   */
  static ObjectNode object(
      String apiVersion,
      String kind,
      String name,
      String namespace,
      Map<String, String> labels,
      Map<String, String> annotations) {
    ObjectNode object = NODES.objectNode();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    metadata.set("labels", strings(labels));
    if (!annotations.isEmpty()) {
      metadata.set("annotations", strings(annotations));
    }
    return object;
  }

  /** A string map as a JSON object, in the map's iteration order. */
  static ObjectNode strings(Map<String, String> map) {
    ObjectNode node = NODES.objectNode();
    map.forEach(node::put);
    return node;
  }

  /** The scalar entries of a JSON object as strings (non-scalars are skipped), in order. */
  static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        map.put(e.getKey(), e.getValue().asString());
      }
    }
    return map;
  }

  /** A string field, or {@code ""} when absent or not a string. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : "";
  }

  /** {@code true} only for a boolean {@code true}. */
  static boolean flag(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() && value.asBoolean();
  }
}
