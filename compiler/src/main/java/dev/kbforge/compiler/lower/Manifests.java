package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small builders shared by the lowerers: object heads, string maps, copies, compact JSON. */
final class Manifests {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON = JsonMapper.builder().build();

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

  /** Sets {@code field} to the string map, unless the map is empty. */
  static void putMap(ObjectNode into, String field, Map<String, String> map) {
    if (!map.isEmpty()) {
      into.set(field, strings(map));
    }
  }

  /** {@code {matchLabels: Labels.selector(c)}}. */
  static ObjectNode selector(SynthesizedComponent c) {
    ObjectNode selector = NODES.objectNode();
    selector.set("matchLabels", strings(Labels.selector(c)));
    return selector;
  }

  /** The array at {@code field}, created when absent or not an array. */
  static ArrayNode array(ObjectNode node, String field) {
    JsonNode existing = node.get(field);
    return existing instanceof ArrayNode array ? array : node.putArray(field);
  }

  /** Copies {@code from.field} into {@code to} when it is present (not missing, not null). */
  static void copy(JsonNode from, String field, ObjectNode to) {
    JsonNode value = from.path(field);
    if (!value.isMissingNode() && !value.isNull()) {
      to.set(field, value.deepCopy());
    }
  }

  /** Whether {@code node} is a non-empty array or object. */
  static boolean present(JsonNode node) {
    return (node.isArray() || node.isObject()) && !node.isEmpty();
  }

  /** Compact JSON text, keys in insertion order (for annotation values). */
  static String json(JsonNode node) {
    return JSON.writeValueAsString(node);
  }
}
