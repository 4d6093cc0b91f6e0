package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies a Kubernetes object with its keys in the fixed output order, so equal objects give equal
 * bytes however they were built: at the top apiVersion, kind, metadata, spec, then the rest sorted;
 * in every {@code metadata} object name, namespace, labels, annotations, then the rest sorted;
 * everywhere else sorted. Lists keep their order (it means something in Kubernetes).
 */
final class KeyOrder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TOP = List.of("apiVersion", "kind", "metadata", "spec");
  private static final List<String> METADATA =
      List.of("name", "namespace", "labels", "annotations");

  private KeyOrder() {}

  /** A re-ordered deep copy of {@code object}; the argument is not modified. */
  static ObjectNode ordered(ObjectNode object) {
    return copyObject(object, TOP);
  }

  private static JsonNode copy(String key, JsonNode node) {
    if (node.isObject()) {
      return copyObject((ObjectNode) node, key.equals("metadata") ? METADATA : List.of());
    }
    if (node.isArray()) {
      ArrayNode array = NODES.arrayNode(node.size());
      for (JsonNode item : node) {
        array.add(copy("", item));
      }
      return array;
    }
    return node; // scalars are immutable
  }

  private static ObjectNode copyObject(ObjectNode object, List<String> first) {
    ObjectNode result = NODES.objectNode();
    for (String key : first) {
      JsonNode value = object.get(key);
      if (value != null) {
        result.set(key, copy(key, value));
      }
    }
    List<String> rest = new ArrayList<>(object.size());
    for (String key : object.propertyNames()) {
      if (!first.contains(key)) {
        rest.add(key);
      }
    }
    rest.sort(null);
    for (String key : rest) {
      result.set(key, copy(key, object.get(key)));
    }
    return result;
  }
}
