package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes a Kubernetes object with its keys in the fixed output order, so equal objects give equal
 * bytes however they were built: at the top apiVersion, kind, metadata, spec, then the rest sorted;
 * in every {@code metadata} object name, namespace, labels, annotations, then the rest sorted;
 * everywhere else sorted. Lists keep their order (it means something in Kubernetes). The object is
 * walked and written once, in that order: an earlier version made a re-ordered deep copy first, and
 * that copy (and the JIT's work on it) was a fifth of a 1,000-cluster render's emit time.
 */
final class KeyOrder {
  private static final List<String> TOP = List.of("apiVersion", "kind", "metadata", "spec");
  private static final List<String> METADATA =
      List.of("name", "namespace", "labels", "annotations");

  private KeyOrder() {}

  /** The top-level keys of {@code object} in the output order. */
  static List<String> topKeys(JsonNode object) {
    List<String> keys = new ArrayList<>(object.size());
    for (String key : TOP) {
      if (object.get(key) != null) {
        keys.add(key);
      }
    }
    List<String> rest = new ArrayList<>(object.size());
    for (String key : object.propertyNames()) {
      if (!TOP.contains(key)) {
        rest.add(key);
      }
    }
    rest.sort(null);
    keys.addAll(rest);
    return keys;
  }

  /** Writes the mapping of {@code keys} (in that order) of the top-level {@code object}. */
  static void writeTopEntries(JsonGenerator out, JsonNode object, List<String> keys) {
    out.writeStartObject(object, keys.size());
    for (String key : keys) {
      out.writeName(key);
      writeValue(out, key, object.get(key));
    }
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, String key, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(out, node, key.equals("metadata") ? METADATA : List.of());
      case ARRAY -> {
        out.writeStartArray(node, node.size());
        for (JsonNode item : node) {
          writeValue(out, "", item);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.stringValue());
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL -> out.writeNull();
      default -> out.writeTree(node); // numbers (and the node kinds manifests never hold)
    }
  }

  private static void writeObject(JsonGenerator out, JsonNode object, List<String> first) {
    out.writeStartObject(object, object.size());
    for (String key : first) {
      JsonNode value = object.get(key);
      if (value != null) {
        out.writeName(key);
        writeValue(out, key, value);
      }
    }
    List<Map.Entry<String, JsonNode>> rest = new ArrayList<>(object.size());
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!first.contains(field.getKey())) {
        rest.add(field);
      }
    }
    rest.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, JsonNode> field : rest) {
      out.writeName(field.getKey());
      writeValue(out, field.getKey(), field.getValue());
    }
    out.writeEndObject();
  }
}
