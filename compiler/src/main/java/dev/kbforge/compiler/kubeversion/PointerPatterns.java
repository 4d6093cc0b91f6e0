package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.source.Pointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds the nodes a pointer pattern names in a JSON tree: a JSON Pointer in which a {@code *}
 * segment stands for every index of an array or every key of a mapping.
 */
final class PointerPatterns {
  private PointerPatterns() {}

  /**
   * The pointers (under {@code prefix}) of the nodes {@code pattern} names below {@code start}, in
   * document order; only nodes whose text is {@code value}, unless {@code value} is empty.
   */
  static List<String> find(JsonNode start, String prefix, String pattern, String value) {
    List<String> found = new ArrayList<>();
    String[] segments = pattern.startsWith("/") ? pattern.substring(1).split("/") : new String[0];
    walk(start, prefix, segments, 0, value, found);
    return found;
  }

  private static void walk(
      JsonNode node, String pointer, String[] segments, int i, String value, List<String> found) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (i == segments.length) {
      if (value.isEmpty() || (node.isString() && value.equals(node.asString()))) {
        found.add(pointer);
      }
      return;
    }
    String segment = segments[i];
    if (node.isArray()) {
      for (int index = 0; index < node.size(); index++) {
        if (segment.equals("*") || segment.equals(Integer.toString(index))) {
          walk(node.get(index), Pointers.child(pointer, index), segments, i + 1, value, found);
        }
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (segment.equals("*") || segment.equals(entry.getKey())) {
          walk(
              entry.getValue(),
              Pointers.child(pointer, entry.getKey()),
              segments,
              i + 1,
              value,
              found);
        }
      }
    }
  }
}
