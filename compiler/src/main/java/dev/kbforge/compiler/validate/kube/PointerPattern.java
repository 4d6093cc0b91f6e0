package dev.kbforge.compiler.validate.kube;

import dev.kbforge.compiler.source.Pointers;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Pointer in which a {@code *} segment stands for every array index or mapping key, e.g.
 * {@code /spec/componentSpecs/*}{@code /env/*}. Segments are plain names (no {@code ~} escapes).
 */
public record PointerPattern(String text, List<String> segments) {

  public static PointerPattern of(String text) {
    if (!text.startsWith("/")) {
      throw new IllegalArgumentException("pattern must start with '/': " + text);
    }
    return new PointerPattern(text, List.of(text.substring(1).split("/")));
  }

  /**
   * Calls {@code visit} with the pointer and node of every match in {@code root}. Paths that are
   * absent or of another shape are skipped silently: the schema reports those.
   */
  public void forEachMatch(JsonNode root, BiConsumer<String, JsonNode> visit) {
    match(root, "", 0, visit);
  }

  private void match(JsonNode node, String pointer, int depth, BiConsumer<String, JsonNode> visit) {
    if (depth == segments.size()) {
      visit.accept(pointer, node);
      return;
    }
    String segment = segments.get(depth);
    if (!segment.equals("*")) {
      JsonNode child = node.isObject() ? node.get(segment) : null;
      if (child != null) {
        match(child, Pointers.child(pointer, segment), depth + 1, visit);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        match(node.get(i), Pointers.child(pointer, i), depth + 1, visit);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        match(entry.getValue(), Pointers.child(pointer, entry.getKey()), depth + 1, visit);
      }
    }
  }
}
