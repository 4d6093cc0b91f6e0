package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small builders shared by the workload lowerers: object headers, string maps, compact JSON. */
final class Manifests {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Manifests() {}

  /**
   * {@code apiVersion, kind, metadata{name, namespace, labels, annotations}}; empty label or
   * annotation maps are left out.
   */
  static ObjectNode object(
      String apiVersion,
      String kind,
      SynthesizedComponent c,
      String name,
      Map<String, String> labels,
      Map<String, String> annotations) {
    ObjectNode object = NODES.objectNode();
    object.put("apiVersion", apiVersion);
    object.put("kind", kind);
    ObjectNode metadata = object.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", c.cluster().namespace());
    putMap(metadata, "labels", labels);
    putMap(metadata, "annotations", annotations);
    return object;
  }

  /** Sets {@code field} to the string map, unless the map is empty. */
  static void putMap(ObjectNode into, String field, Map<String, String> map) {
    if (!map.isEmpty()) {
      ObjectNode node = into.putObject(field);
      map.forEach(node::put);
    }
  }

  /** {@code {matchLabels: Labels.selector(c)}}. */
  static ObjectNode selector(SynthesizedComponent c) {
    ObjectNode selector = NODES.objectNode();
    putMap(selector, "matchLabels", Labels.selector(c));
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
