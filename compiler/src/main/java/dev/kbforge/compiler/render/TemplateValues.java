package dev.kbforge.compiler.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Builds template contexts out of maps, lists and scalars only (DESIGN section 4). Integers are
 * {@link Long} and decimals {@link Double}, so that {@code {{ MEM * 80 / 100 }}} and {@code {% if
 * replicas > 1 %}} work: Pebble cannot compare a string with a number.
 */
public final class TemplateValues {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

  private TemplateValues() {}

  /**
   * A deep copy of {@code context} holding only {@code Map<String, Object>} (insertion order kept),
   * {@code List}, {@code String}, {@code Boolean}, {@code Long}, {@code Double}, {@code BigDecimal}
   * and null; other integer and decimal types are widened.
   *
   * @throws IllegalArgumentException for any other value (a bug in the caller: such a value would
   *     let templates reach Java objects)
   */
  public static Map<String, Object> normalize(Map<String, ?> context) {
    Map<String, Object> copy = new LinkedHashMap<>();
    context.forEach((key, value) -> copy.put(key, normalizeValue(value)));
    return copy;
  }

  private static Object normalizeValue(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), normalizeValue(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(normalizeValue(item)));
      return copy;
    }
    throw new IllegalArgumentException(
        "template contexts hold maps, lists and scalars only, not " + value.getClass().getName());
  }

  /** A YAML/JSON object as a context map (see {@link #fromJson(JsonNode)}). */
  public static Map<String, Object> fromJsonObject(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (object != null && object.isObject()) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        map.put(field.getKey(), fromJson(field.getValue()));
      }
    }
    return map;
  }

  /** A YAML/JSON value as maps, lists, String, Boolean, Long (or BigDecimal), Double and null. */
  public static Object fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isObject()) {
      return fromJsonObject(node);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(item -> list.add(fromJson(item)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    return node.asString();
  }

  /**
   * A var's value as the template sees it: a canonical decimal integer ({@code "536870912"}, not
   * {@code "007"} or {@code "1e3"}) becomes a Long so templates can compute with it; anything else
   * stays the string it is.
   */
  public static Object scalar(String text) {
    if (INTEGER.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        return text;
      }
    }
    return text;
  }

  /** The value at a dotted path ({@code component.name}) of a context, or null. */
  static Object at(Map<String, ?> context, String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    Object value = context;
    for (String key : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(key);
    }
    return value;
  }
}
