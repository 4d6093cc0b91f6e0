package dev.kbforge.gotemplate;

import dev.kbforge.gotemplate.GoValues.Kind;
import java.util.List;
import java.util.Map;

/**
 * Go's eq, lt and le (text/template/funcs.go): only basic kinds of the same class compare (an int
 * and a float64 do not); nil equals only nil; maps and lists are not comparable.
 */
final class Comparisons {
  private Comparisons() {}

  private static Kind basic(Object v) {
    Kind k = GoValues.kind(v);
    return k == Kind.OTHER ? Kind.INVALID : k;
  }

  static boolean eq(Object a, List<Object> others) throws FunctionException {
    if (others.isEmpty()) {
      throw new FunctionException("missing argument for comparison");
    }
    Kind k1 = basic(a);
    for (Object b : others) {
      Kind k2 = basic(b);
      boolean truth = false;
      if (k1 != k2) {
        if (a != null && b != null) {
          throw new FunctionException("incompatible types for comparison");
        }
      } else {
        switch (k1) {
          case BOOL, STRING -> truth = a.equals(b);
          case FLOAT -> truth = ((Number) a).doubleValue() == ((Number) b).doubleValue();
          case INT -> truth = ((Number) a).longValue() == ((Number) b).longValue();
          default -> {
            if (a == null || b == null) {
              truth = a == b;
            } else if (a instanceof Map
                || a instanceof List
                || b instanceof Map
                || b instanceof List) {
              if (sameKind(a, b)) {
                throw new FunctionException("non-comparable type " + GoValues.typeName(b));
              }
              throw new FunctionException("non-comparable types");
            } else {
              truth = a.equals(b);
            }
          }
        }
      }
      if (truth) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameKind(Object a, Object b) {
    return (a instanceof Map && b instanceof Map) || (a instanceof List && b instanceof List);
  }

  static boolean lt(Object a, Object b) throws FunctionException {
    Kind k1 = basic(a);
    Kind k2 = basic(b);
    if (k1 == Kind.INVALID || k2 == Kind.INVALID) {
      throw new FunctionException("invalid type for comparison");
    }
    if (k1 != k2) {
      throw new FunctionException("incompatible types for comparison");
    }
    return switch (k1) {
      case FLOAT -> ((Number) a).doubleValue() < ((Number) b).doubleValue();
      case INT -> ((Number) a).longValue() < ((Number) b).longValue();
      case STRING -> compareBytes((String) a, (String) b) < 0;
      default -> throw new FunctionException("invalid type for comparison");
    };
  }

  static boolean le(Object a, Object b) throws FunctionException {
    return lt(a, b) || eq(a, List.of(b));
  }

  static int compareBytes(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
