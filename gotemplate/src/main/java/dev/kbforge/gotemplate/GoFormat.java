package dev.kbforge.gotemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Go's fmt for the engine's value model: Sprint, Sprintln and Sprintf with the verbs %v %s %d %q %x
 * %X %o %b %c %U %e %E %f %F %g %G %t %T, flags, width and precision, and fmt's error forms ({@code
 * %!d(float64=1.5)}, {@code %!v(MISSING)}, {@code %!(EXTRA ...)}).
 */
public final class GoFormat {
  private GoFormat() {}

  /** One verb's flags, width and precision. */
  private static final class Spec {
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean space;
    boolean zero;
    int width = -1;
    int prec = -1;
  }

  /** fmt.Sprint: operands separated by a space when neither side is a string. */
  public static String sprint(List<Object> args) {
    StringBuilder b = new StringBuilder();
    boolean prevString = false;
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      boolean isString = a instanceof String;
      if (i > 0 && !isString && !prevString) {
        b.append(' ');
      }
      b.append(print(a));
      prevString = isString;
    }
    return b.toString();
  }

  /** fmt.Sprintln: operands always separated by a space, newline at the end. */
  public static String sprintln(List<Object> args) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(print(args.get(i)));
    }
    return b.append('\n').toString();
  }

  /** A value as %v prints it. */
  public static String print(Object v) {
    StringBuilder b = new StringBuilder();
    formatArg(b, v, 'v', new Spec(), true);
    return b.toString();
  }

  /** fmt.Sprintf. */
  public static String sprintf(String format, List<Object> args) {
    StringBuilder b = new StringBuilder();
    int argNum = 0;
    int i = 0;
    int n = format.length();
    while (i < n) {
      char c = format.charAt(i);
      if (c != '%') {
        b.append(c);
        i++;
        continue;
      }
      i++;
      Spec s = new Spec();
      flags:
      while (i < n) {
        switch (format.charAt(i)) {
          case '#' -> s.sharp = true;
          case '0' -> s.zero = !s.minus;
          case '+' -> s.plus = true;
          case '-' -> {
            s.minus = true;
            s.zero = false;
          }
          case ' ' -> s.space = true;
          default -> {
            break flags;
          }
        }
        i++;
      }
      if (i < n && format.charAt(i) == '*') {
        i++;
        if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
          s.width = (int) ((Number) args.get(argNum++)).longValue();
          if (s.width < 0) {
            s.minus = true;
            s.zero = false;
            s.width = -s.width;
          }
        } else {
          argNum++;
          b.append("%!(BADWIDTH)");
        }
      } else {
        int start = i;
        while (i < n && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          s.width = Integer.parseInt(format.substring(start, i));
        }
      }
      if (i < n && format.charAt(i) == '.') {
        i++;
        if (i < n && format.charAt(i) == '*') {
          i++;
          if (argNum < args.size() && GoValues.isInt(args.get(argNum))) {
            s.prec = (int) ((Number) args.get(argNum++)).longValue();
            if (s.prec < 0) {
              s.prec = -1;
              b.append("%!(BADPREC)");
            }
          } else {
            argNum++;
            b.append("%!(BADPREC)");
          }
        } else {
          int start = i;
          while (i < n && Character.isDigit(format.charAt(i))) {
            i++;
          }
          s.prec = i > start ? Integer.parseInt(format.substring(start, i)) : 0;
        }
      }
      if (!s.minus && s.zero) {
        s.zero = true;
      }
      if (i >= n) {
        b.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        b.append('%');
        continue;
      }
      if (argNum >= args.size()) {
        b.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      Object arg = args.get(argNum++);
      if (verb == 'T') {
        pad(b, s, GoValues.typeName(arg));
        continue;
      }
      if (verb == 'v' && s.sharp) {
        StringBuilder g = new StringBuilder();
        goSyntax(g, arg, true);
        s.sharp = false;
        pad(b, s, g.toString());
        continue;
      }
      formatArg(b, arg, (char) verb, s, true);
    }
    if (argNum < args.size()) {
      b.append("%!(EXTRA ");
      for (int k = argNum; k < args.size(); k++) {
        if (k > argNum) {
          b.append(", ");
        }
        Object a = args.get(k);
        if (a == null) {
          b.append("<nil>");
        } else {
          b.append(GoValues.typeName(a)).append('=');
          formatArg(b, a, 'v', new Spec(), true);
        }
      }
      b.append(')');
    }
    return b.toString();
  }

  private static void formatArg(StringBuilder b, Object v, char verb, Spec s, boolean top) {
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

  private static void badVerb(StringBuilder b, Object v, char verb, Spec s) {
    b.append("%!").append(verb).append('(').append(GoValues.typeName(v)).append('=');
    formatArg(b, v, 'v', s, false);
    b.append(')');
  }

  private static void formatString(StringBuilder b, String str, char verb, Spec s) {
    switch (verb) {
      case 'v', 's' -> pad(b, s, truncate(str, s));
      case 'q' -> pad(b, s, quote(truncate(str, s)));
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

  private static String truncate(String str, Spec s) {
    if (s.prec >= 0 && str.codePointCount(0, str.length()) > s.prec) {
      return str.substring(0, str.offsetByCodePoints(0, s.prec));
    }
    return str;
  }

  /** Go's strconv.Quote. */
  public static String quote(String str) {
    StringBuilder q = new StringBuilder("\"");
    str.codePoints().forEach(cp -> appendQuotedRune(q, cp, '"'));
    return q.append('"').toString();
  }

  private static void appendQuotedRune(StringBuilder q, int cp, char quote) {
    switch (cp) {
      case 7 -> q.append("\\a");
      case '\b' -> q.append("\\b");
      case '\f' -> q.append("\\f");
      case '\n' -> q.append("\\n");
      case '\r' -> q.append("\\r");
      case '\t' -> q.append("\\t");
      case 11 -> q.append("\\v");
      case '\\' -> q.append("\\\\");
      default -> {
        if (cp == quote) {
          q.append('\\').appendCodePoint(cp);
        } else if (cp < 0x20 || cp == 0x7f) {
          q.append(String.format("\\x%02x", cp));
        } else if (cp < 0x7f
            || (Character.isDefined(cp)
                    && !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.FORMAT
                    && !Character.isWhitespace(cp)
                || cp == ' ')) {
          q.appendCodePoint(cp);
        } else if (cp < 0x10000) {
          q.append(String.format("\\u%04x", cp));
        } else {
          q.append(String.format("\\U%08x", cp));
        }
      }
    }
  }

  private static void formatInt(StringBuilder b, long v, char verb, Spec s) {
    switch (verb) {
      case 'v', 'd' -> integer(b, v, 10, false, s, "");
      case 'b' -> integer(b, v, 2, false, s, "");
      case 'o', 'O' -> integer(b, v, 8, false, s, verb == 'O' ? "0o" : s.sharp ? "0" : "");
      case 'x' -> integer(b, v, 16, false, s, s.sharp ? "0x" : "");
      case 'X' -> integer(b, v, 16, true, s, s.sharp ? "0X" : "");
      case 'c' -> pad(b, s, new String(Character.toChars(validRune(v))));
      case 'q' -> {
        StringBuilder q = new StringBuilder("'");
        appendQuotedRune(q, validRune(v), '\'');
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
      StringBuilder b, long v, int base, boolean upper, Spec s, String prefix) {
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
    Spec noZero = copy(s);
    noZero.zero = false;
    pad(b, noZero, sign + prefix + digits);
  }

  private static void formatFloat(StringBuilder b, double v, char verb, Spec s) {
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
    Spec noZero = copy(s);
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
  private static void goSyntax(StringBuilder b, Object v, boolean top) {
    if (v == null) {
      b.append(top ? "<nil>" : "interface {}(nil)");
    } else if (v instanceof String str) {
      b.append(quote(str));
    } else if (v instanceof Map<?, ?> m) {
      b.append("map[string]interface {}{");
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        b.append(quote(e.getKey().toString())).append(':');
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
      b.append(print(v));
    }
  }

  private static Spec copy(Spec s) {
    Spec c = new Spec();
    c.minus = s.minus;
    c.plus = s.plus;
    c.sharp = s.sharp;
    c.space = s.space;
    c.zero = s.zero;
    c.width = s.width;
    c.prec = s.prec;
    return c;
  }

  private static void pad(StringBuilder b, Spec s, String text) {
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
