package dev.kbforge.gotemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats one value for one fmt verb, as Go's fmt printArg/printValue do: per type (bool, int,
 * float64, string, map, list, nil), with fmt's error form {@code %!verb(type=value)} for a verb
 * that does not fit the type.
 */
final class ValuePrinter {
  private ValuePrinter() {}

  static void formatArg(StringBuilder b, Object v, char verb, FormatSpec s, boolean top) {
    if (v == null) {
      if (!top || verb == 'v') {
        pad(b, s, "<nil>");
      } else {
        b.append("%!").append(verb).append("(<nil>)");
      }
      return;
    }
    if (v instanceof Boolean bool) {
      if (verb == 't' || verb == 'v') {
        pad(b, s, bool.toString());
      } else {
        badVerb(b, v, verb, s);
      }
    } else if (GoValues.isFloat(v)) {
      formatFloat(b, ((Number) v).doubleValue(), verb, s);
    } else if (v instanceof Number num) {
      formatInt(b, num.longValue(), verb, s);
    } else if (v instanceof String str) {
      formatString(b, str, verb, s);
    } else if (v instanceof Map<?, ?> m) {
      b.append("map[");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          b.append(' ');
        }
        first = false;
        formatArg(b, e.getKey(), verb, s, false);
        b.append(':');
        formatArg(b, e.getValue(), verb, s, false);
      }
      b.append(']');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int k = 0; k < l.size(); k++) {
        if (k > 0) {
          b.append(' ');
        }
        formatArg(b, l.get(k), verb, s, false);
      }
      b.append(']');
    } else {
      formatString(b, v.toString(), verb, s);
    }
  }

  private static void badVerb(StringBuilder b, Object v, char verb, FormatSpec s) {
    b.append("%!").append(verb).append('(').append(GoValues.typeName(v)).append('=');
    formatArg(b, v, 'v', s, false);
    b.append(')');
  }

  private static void formatString(StringBuilder b, String str, char verb, FormatSpec s) {
    switch (verb) {
      case 'v', 's' -> pad(b, s, truncate(str, s));
      case 'q' -> pad(b, s, GoQuote.quote(truncate(str, s)));
      case 'x', 'X' -> {
        StringBuilder h = new StringBuilder();
        byte[] bytes = truncate(str, s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int k = 0; k < bytes.length; k++) {
          if (s.space && k > 0) {
            h.append(' ');
          }
          if (s.sharp && (s.space || k == 0)) {
            h.append(verb == 'x' ? "0x" : "0X");
          }
          String hex = String.format("%02x", bytes[k] & 0xff);
          h.append(verb == 'X' ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
        }
        pad(b, s, h.toString());
      }
      default -> badVerb(b, str, verb, s);
    }
  }

  private static String truncate(String str, FormatSpec s) {
    if (s.prec >= 0 && str.codePointCount(0, str.length()) > s.prec) {
      return str.substring(0, str.offsetByCodePoints(0, s.prec));
    }
    return str;
  }

  private static void formatInt(StringBuilder b, long v, char verb, FormatSpec s) {
    switch (verb) {
      case 'v', 'd' -> integer(b, v, 10, false, s, "");
      case 'b' -> integer(b, v, 2, false, s, "");
      case 'o', 'O' -> integer(b, v, 8, false, s, verb == 'O' ? "0o" : s.sharp ? "0" : "");
      case 'x' -> integer(b, v, 16, false, s, s.sharp ? "0x" : "");
      case 'X' -> integer(b, v, 16, true, s, s.sharp ? "0X" : "");
      case 'c' -> pad(b, s, new String(Character.toChars(validRune(v))));
      case 'q' -> {
        StringBuilder q = new StringBuilder("'");
        GoQuote.appendQuotedRune(q, validRune(v), '\'');
        pad(b, s, q.append('\'').toString());
      }
      case 'U' -> {
        String hex = Long.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        while (hex.length() < 4) {
          hex = "0" + hex;
        }
        pad(b, s, "U+" + hex);
      }
      case 'e', 'E', 'f', 'F', 'g', 'G' -> badVerb(b, v, verb, s);
      default -> badVerb(b, v, verb, s);
    }
  }

  private static int validRune(long v) {
    return v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) ? 0xFFFD : (int) v;
  }

  private static void integer(
      StringBuilder b, long v, int base, boolean upper, FormatSpec s, String prefix) {
    boolean neg = v < 0;
    String digits =
        neg ? java.math.BigInteger.valueOf(v).negate().toString(base) : Long.toString(v, base);
    if (upper) {
      digits = digits.toUpperCase(java.util.Locale.ROOT);
    }
    if (s.prec >= 0) {
      if (s.prec == 0 && v == 0) {
        digits = "";
      }
      while (digits.length() < s.prec) {
        digits = "0" + digits;
      }
    } else if (s.zero && s.width > 0 && !s.minus) {
      int room = s.width - prefix.length() - ((neg || s.plus || s.space) ? 1 : 0);
      while (digits.length() < room) {
        digits = "0" + digits;
      }
    }
    String sign = neg ? "-" : s.plus ? "+" : s.space ? " " : "";
    FormatSpec noZero = s.copy();
    noZero.zero = false;
    pad(b, noZero, sign + prefix + digits);
  }

  private static void formatFloat(StringBuilder b, double v, char verb, FormatSpec s) {
    char fmt;
    int prec = s.prec;
    switch (verb) {
      case 'v' -> {
        fmt = 'g';
        prec = -1;
      }
      case 'g', 'G' -> fmt = verb;
      case 'e', 'E', 'f', 'F' -> {
        fmt = verb;
        if (prec < 0) {
          prec = 6;
        }
      }
      case 'x', 'X', 'b' -> fmt = verb;
      default -> {
        badVerb(b, v, verb, s);
        return;
      }
    }
    if (verb == 'v' && s.prec >= 0) {
      prec = s.prec;
    }
    String num;
    if (Double.isNaN(v)) {
      num = "NaN";
    } else if (Double.isInfinite(v)) {
      num = "Inf";
    } else if (fmt == 'x' || fmt == 'X') {
      num = GoFloats.hex(v, fmt, prec);
    } else if (fmt == 'b') {
      num = GoFloats.binary(v);
    } else {
      num = GoFloats.format(v, fmt, prec);
    }
    if (s.sharp && fmt != 'b' && !Double.isNaN(v) && !Double.isInfinite(v)) {
      num = sharpFloat(num, verb == 'v' ? 'g' : verb, prec);
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    if (Double.isNaN(v)) {
      neg = false;
    }
    String sign = neg ? "-" : (s.plus ? "+" : (s.space ? " " : ""));
    if (Double.isInfinite(v) && !neg && !s.space) {
      sign = "+"; // fmt keeps the sign of an infinity: "+Inf"
    }
    if (Double.isNaN(v) && (s.plus || s.space)) {
      sign = s.plus ? "+" : " ";
    }
    boolean finite = !Double.isNaN(v) && !Double.isInfinite(v);
    if (s.zero && s.width > 0 && !s.minus && finite) {
      int room = s.width - sign.length();
      StringBuilder z = new StringBuilder(sign);
      for (int k = num.length(); k < room; k++) {
        z.append('0');
      }
      b.append(z).append(num);
      return;
    }
    FormatSpec noZero = s.copy();
    noZero.zero = false;
    pad(b, noZero, sign + num);
  }

  /** fmt's '#' flag for floats: always a decimal point, trailing zeros kept for %g. */
  private static String sharpFloat(String num, char verb, int prec) {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = prec < 0 ? 6 : prec;
    }
    String tail = "";
    boolean hasPoint = false;
    boolean sawNonzero = false;
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < num.length(); i++) {
      char c = num.charAt(i);
      if (c == '.') {
        hasPoint = true;
      } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substring(i);
        break;
      } else if (c != '-') {
        if (c != '0') {
          sawNonzero = true;
        }
        if (sawNonzero) {
          digits--;
        }
      }
      head.append(c);
    }
    if (!hasPoint) {
      if (head.toString().equals("0")) {
        digits--;
      }
      head.append('.');
    }
    while (digits-- > 0) {
      head.append('0');
    }
    return head + tail;
  }

  /** %#v: Go syntax. */
  static void goSyntax(StringBuilder b, Object v, boolean top) {
    if (v == null) {
      b.append(top ? "<nil>" : "interface {}(nil)");
    } else if (v instanceof String str) {
      b.append(GoQuote.quote(str));
    } else if (v instanceof Map<?, ?> m) {
      b.append("map[string]interface {}{");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        b.append(GoQuote.quote(e.getKey().toString())).append(':');
        goSyntax(b, e.getValue(), false);
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append("[]interface {}{");
      for (int k = 0; k < l.size(); k++) {
        if (k > 0) {
          b.append(", ");
        }
        goSyntax(b, l.get(k), false);
      }
      b.append('}');
    } else {
      b.append(GoFormat.print(v));
    }
  }

  static void pad(StringBuilder b, FormatSpec s, String text) {
    int len = text.codePointCount(0, text.length());
    if (s.width <= len) {
      b.append(text);
      return;
    }
    String fill = (s.zero && !s.minus ? "0" : " ").repeat(s.width - len);
    if (s.minus) {
      b.append(text).append(fill);
    } else {
      b.append(fill).append(text);
    }
  }
}
