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

  /** The top-level entries of {@code object} in the output order. */
  static List<Map.Entry<String, JsonNode>> topEntries(JsonNode object) {
    return ordered(object, TOP);
  }

  /** Writes the top-level {@code entries} of {@code object} (in that order) as one mapping. */
  static void writeTopEntries(
      JsonGenerator out, JsonNode object, List<Map.Entry<String, JsonNode>> entries) {
    out.writeStartObject(object, entries.size());
    writeEntries(out, entries);
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, String key, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject(node, node.size());
        writeEntries(out, ordered(node, key.equals("metadata") ? METADATA : List.of()));
        out.writeEndObject();
      }
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

  private static void writeEntries(JsonGenerator out, List<Map.Entry<String, JsonNode>> entries) {
    for (Map.Entry<String, JsonNode> field : entries) {
      out.writeName(field.getKey());
      writeValue(out, field.getKey(), field.getValue());
    }
  }

  /** The entries of {@code object}: those named in {@code first} in that order, then by name. */
  private static List<Map.Entry<String, JsonNode>> ordered(JsonNode object, List<String> first) {
    List<Map.Entry<String, JsonNode>> result = new ArrayList<>(object.size());
    for (String key : first) {
      JsonNode value = object.get(key);
      if (value != null) {
        result.add(Map.entry(key, value));
      }
    }
    int named = result.size();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!first.contains(field.getKey())) {
        result.add(field);
      }
    }
    result.subList(named, result.size()).sort(Map.Entry.comparingByKey());
    return result;
  }
}
