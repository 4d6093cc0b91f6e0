package dev.kbforge.gotemplate;

import java.util.List;
import java.util.Map;

/**
 * The Go value model: what a value decoded from JSON into interface{} is in Go, and how Go treats
 * it. null is a nil interface; String is string; Double (and Float) is float64; Long, Integer and
 * the other integral Numbers are int; Boolean is bool; Map is map[string]interface{}; List is
 * []interface{}.
 */
public final class GoValues {
  private GoValues() {}

  /** Go's %T of a value. */
  public static String typeName(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (isFloat(v)) {
      return "float64";
    }
    if (v instanceof Number) {
      return "int";
    }
    if (v instanceof Map) {
      return "map[string]interface {}";
    }
    if (v instanceof List) {
      return "[]interface {}";
    }
    return v.getClass().getSimpleName();
  }

  static boolean isFloat(Object v) {
    return v instanceof Double || v instanceof Float;
  }

  static boolean isInt(Object v) {
    return v instanceof Number && !isFloat(v);
  }

  /** Go's template truth: false, 0, "", empty list or map, nil are false. */
  public static boolean isTrue(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (isFloat(v)) {
      return ((Number) v).doubleValue() != 0;
    }
    if (v instanceof Number n) {
      return n.longValue() != 0;
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    return true;
  }

  /** Go's basicKind classes for eq/lt. */
  enum Kind {
    INVALID,
    BOOL,
    INT,
    FLOAT,
    STRING,
    OTHER
  }

  static Kind kind(Object v) {
    if (v == null) {
      return Kind.INVALID;
    }
    if (v instanceof Boolean) {
      return Kind.BOOL;
    }
    if (v instanceof String) {
      return Kind.STRING;
    }
    if (isFloat(v)) {
      return Kind.FLOAT;
    }
    if (v instanceof Number) {
      return Kind.INT;
    }
    return Kind.OTHER;
  }

  /** Length of a string in Go: its UTF-8 bytes. */
  static int byteLength(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
