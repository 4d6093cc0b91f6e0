package dev.kbforge.compiler.source;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One YAML document, as a JSON tree that remembers where every node came from.
 *
 * @param file the file it was read from
 * @param index 0-based position of the document in its file
 * @param root the document's content
 * @param valuePositions JSON Pointer to the position of the value ({@code ""} is the root)
 * @param keyPositions JSON Pointer to the position of the mapping key that holds it
 */
public record SourceDocument(
    SourceFile file,
    int index,
    JsonNode root,
    Map<String, Position> valuePositions,
    Map<String, Position> keyPositions) {

  public String apiVersion() {
    return text("apiVersion");
  }

  public String kind() {
    return text("kind");
  }

  public String name() {
    JsonNode name = root.path("metadata").path("name");
    return name.isString() ? name.asString() : "";
  }

  private String text(String field) {
    JsonNode node = root.path(field);
    return node.isString() ? node.asString() : "";
  }

  /** Where the value at {@code pointer} starts; falls back to the nearest ancestor. */
  public Position valuePosition(String pointer) {
    return nearest(valuePositions, pointer);
  }

  /**
   * Where the key that holds {@code pointer} starts (for "unknown field" and "duplicate" findings);
   * for array items and the root, the value position.
   */
  public Position keyPosition(String pointer) {
    Position key = keyPositions.get(pointer);
    return key != null ? key : valuePosition(pointer);
  }

  private static Position nearest(Map<String, Position> positions, String pointer) {
    String p = pointer;
    while (true) {
      Position found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.UNKNOWN;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
