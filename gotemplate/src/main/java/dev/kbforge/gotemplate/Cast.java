package dev.kbforge.gotemplate;

/** spf13/cast's conversions as sprig uses them: failures give zero, never an error. */
final class Cast {
  private Cast() {}

  static long toInt64(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (GoValues.isFloat(v)) {
      return (long) ((Number) v).doubleValue();
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s) {
      Long l = Numbers.parseInt(trimZeroDecimal(s));
      return l == null ? 0 : l;
    }
    return 0;
  }

  static double toFloat64(Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Number n) {
      return GoValues.isFloat(v) ? n.doubleValue() : (double) n.longValue();
    }
    if (v instanceof String s) {
      try {
        if (!s.matches("[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+([eE][+-]?\\d+)?|[Ii]nf|NaN)")) {
          return 0;
        }
        return Double.parseDouble(s.replaceAll("(?i)inf", "Infinity"));
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** sprig's strval: strings as they are, everything else as %v. */
  static String toStr(Object v) {
    if (v instanceof String s) {
      return s;
    }
    return GoFormat.sprintf("%v", java.util.Arrays.asList(v));
  }

  private static String trimZeroDecimal(String s) {
    boolean foundZero = false;
    for (int i = s.length(); i > 0; i--) {
      char c = s.charAt(i - 1);
      if (c == '.') {
        if (foundZero) {
          return s.substring(0, i - 1);
        }
      } else if (c == '0') {
        foundZero = true;
      } else {
        return s;
      }
    }
    return s;
  }

  /** sprig's empty: the zero value of its type. */
  static boolean empty(Object v) {
    return !GoValues.isTrue(v);
  }
}
