package dev.kbforge.compiler.resolve;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Null-safe reads of optional fields. Checks and the resolver see schema-valid documents, but
 * optional fields may be absent, so every read goes through {@link JsonNode#path}.
 */
public final class Nodes {
  private Nodes() {}

  /** The string at {@code field}, or {@code ""} when absent or not a string. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? value.asString() : "";
  }

  /** The integer at {@code field}, or {@code fallback} when absent or not an integer. */
  public static long integer(JsonNode node, String field, long fallback) {
    JsonNode value = node.path(field);
    return value.isIntegralNumber() ? value.asLong() : fallback;
  }

  /** Whether {@code field} holds {@code true}. */
  public static boolean isTrue(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() && value.asBoolean();
  }

  /** The items of the array at {@code field}; empty when absent or not an array. */
  public static List<JsonNode> items(JsonNode node, String field) {
    JsonNode array = node.path(field);
    List<JsonNode> out = new ArrayList<>();
    if (array.isArray()) {
      array.values().forEach(out::add);
    }
    return out;
  }

  /** The {@code name} strings of the objects in the array at {@code field}, blanks skipped. */
  public static List<String> names(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : items(node, field)) {
      String name = text(item, "name");
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }
}
