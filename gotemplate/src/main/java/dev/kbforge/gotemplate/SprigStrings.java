package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.INT;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** sprig's string functions (strings.go and the strings package wrappers in functions.go). */
final class SprigStrings {
  private SprigStrings() {}

  static void register(Map<String, GoFunction> m) {
    m.put("trim", GoFunction.of(a -> goTrimSpace(s(a, 0)), STRING));
    m.put("upper", GoFunction.of(a -> mapRunes(s(a, 0), Character::toUpperCase), STRING));
    m.put("lower", GoFunction.of(a -> mapRunes(s(a, 0), Character::toLowerCase), STRING));
    m.put("title", GoFunction.of(a -> title(s(a, 0)), STRING));
    m.put("repeat", GoFunction.of(a -> repeat(s(a, 1), i(a, 0)), INT, STRING));
    m.put("trimAll", GoFunction.of(a -> trimCutset(s(a, 1), s(a, 0)), STRING, STRING));
    m.put("trimall", m.get("trimAll"));
    m.put("trimSuffix", GoFunction.of(a -> trimSuffix(s(a, 1), s(a, 0)), STRING, STRING));
    m.put("trimPrefix", GoFunction.of(a -> trimPrefix(s(a, 1), s(a, 0)), STRING, STRING));
    m.put("nospace", GoFunction.of(a -> s(a, 0).replaceAll("[ \\t\\n\\r\\f\\u000b]", ""), STRING));
    m.put("contains", GoFunction.of(a -> s(a, 1).contains(s(a, 0)), STRING, STRING));
    m.put("hasPrefix", GoFunction.of(a -> s(a, 1).startsWith(s(a, 0)), STRING, STRING));
    m.put("hasSuffix", GoFunction.of(a -> s(a, 1).endsWith(s(a, 0)), STRING, STRING));
    m.put("quote", GoFunction.variadic(a -> quote(a, false), ANY));
    m.put("squote", GoFunction.variadic(a -> quote(a, true), ANY));
    m.put("cat", GoFunction.variadic(SprigStrings::cat, ANY));
    m.put("indent", GoFunction.of(a -> indent(i(a, 0), s(a, 1)), INT, STRING));
    m.put("nindent", GoFunction.of(a -> "\n" + indent(i(a, 0), s(a, 1)), INT, STRING));
    m.put("replace", GoFunction.of(a -> s(a, 2).replace(s(a, 0), s(a, 1)), STRING, STRING, STRING));
    m.put("plural", GoFunction.of(a -> i(a, 2) == 1 ? s(a, 0) : s(a, 1), STRING, STRING, INT));
    m.put("substr", GoFunction.of(a -> substr(i(a, 0), i(a, 1), s(a, 2)), INT, INT, STRING));
    m.put("trunc", GoFunction.of(a -> trunc(i(a, 0), s(a, 1)), INT, STRING));
    m.put("toString", GoFunction.of(a -> Cast.toStr(a.get(0)), ANY));
    m.put("splitList", GoFunction.of(a -> split(s(a, 1), s(a, 0), -1), STRING, STRING));
    m.put("split", GoFunction.of(a -> indexed(split(s(a, 1), s(a, 0), -1)), STRING, STRING));
    m.put(
        "splitn",
        GoFunction.of(a -> indexed(split(s(a, 2), s(a, 0), i(a, 1))), STRING, INT, STRING));
    m.put("join", GoFunction.of(a -> String.join(s(a, 0), strslice(a.get(1))), STRING, ANY));
    m.put("toStrings", GoFunction.of(a -> new ArrayList<Object>(strslice(a.get(0))), ANY));
    m.put(
        "sortAlpha",
        GoFunction.of(
            a -> {
              Object v = a.get(0);
              if (!(v instanceof List)) {
                return new ArrayList<Object>(List.of(Cast.toStr(v)));
              }
              List<String> l = new ArrayList<>(strslice(v));
              l.sort(Comparisons::compareBytes);
              return new ArrayList<Object>(l);
            },
            ANY));
  }

  /** Go's strings.ToUpper/ToLower: rune by rune (Java's String methods turn "ß" into "SS"). */
  private static String mapRunes(String s, java.util.function.IntUnaryOperator f) {
    StringBuilder b = new StringBuilder();
    s.codePoints().map(f).forEach(b::appendCodePoint);
    return b.toString();
  }

  static String s(List<Object> a, int i) {
    return (String) a.get(i);
  }

  static int i(List<Object> a, int i) {
    return (int) ((Number) a.get(i)).longValue();
  }

  /** Go's strings.TrimSpace (Unicode white space). */
  static String goTrimSpace(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isGoSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isGoSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  private static boolean isGoSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == 0x85
        || c == 0xA0
        || Character.isSpaceChar(c);
  }

  private static String title(String s) {
    StringBuilder b = new StringBuilder();
    boolean prevLetter = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean letter = Character.isLetterOrDigit(c) || c == '_' || c == '\'';
      b.append(letter && !prevLetter ? Character.toTitleCase(c) : c);
      prevLetter = letter;
    }
    return b.toString();
  }

  private static String repeat(String s, int n) throws FunctionException {
    if (n < 0) {
      throw new FunctionException("strings: negative Repeat count");
    }
    if ((long) s.length() * n > 16 * 1024 * 1024) {
      throw new FunctionException("repeat result too large");
    }
    return s.repeat(n);
  }

  private static String trimCutset(String s, String cutset) {
    int b = 0;
    int e = s.length();
    while (b < e && cutset.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (e > b && cutset.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }

  private static String trimSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  private static String trimPrefix(String s, String prefix) {
    return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
  }

  private static String quote(List<Object> args, boolean single) {
    List<String> out = new ArrayList<>();
    for (Object v : args) {
      if (v != null) {
        out.add(single ? "'" + GoFormat.print(v) + "'" : GoFormat.quote(Cast.toStr(v)));
      }
    }
    return String.join(" ", out);
  }

  private static String cat(List<Object> args) {
    List<String> out = new ArrayList<>();
    for (Object v : args) {
      if (v != null) {
        out.add(GoFormat.print(v));
      }
    }
    return String.join(" ", out);
  }

  private static String indent(int spaces, String v) {
    String pad = " ".repeat(Math.max(spaces, 0));
    return pad + v.replace("\n", "\n" + pad);
  }

  private static String substr(int start, int end, String s) throws FunctionException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    int from;
    int to;
    if (start < 0) {
      from = 0;
      to = end;
    } else if (end < 0 || end > b.length) {
      from = start;
      to = b.length;
    } else {
      from = start;
      to = end;
    }
    if (from > to || to > b.length || from < 0) {
      throw new FunctionException("slice bounds out of range");
    }
    return new String(Arrays.copyOfRange(b, from, to), StandardCharsets.UTF_8);
  }

  private static String trunc(int c, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (c < 0 && b.length + c > 0) {
      return new String(Arrays.copyOfRange(b, b.length + c, b.length), StandardCharsets.UTF_8);
    }
    if (c >= 0 && b.length > c) {
      return new String(Arrays.copyOfRange(b, 0, c), StandardCharsets.UTF_8);
    }
    return s;
  }

  /** Go's strings.SplitN (n < 0: all). */
  static List<Object> split(String s, String sep, int n) {
    List<Object> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      int[] cps = s.codePoints().toArray();
      for (int k = 0; k < cps.length; k++) {
        if (n > 0 && out.size() == n - 1) {
          out.add(new String(cps, k, cps.length - k));
          return out;
        }
        out.add(new String(Character.toChars(cps[k])));
      }
      return out;
    }
    int from = 0;
    while (n < 0 || out.size() < n - 1) {
      int x = s.indexOf(sep, from);
      if (x < 0) {
        break;
      }
      out.add(s.substring(from, x));
      from = x + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  private static Map<String, Object> indexed(List<Object> parts) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int k = 0; k < parts.size(); k++) {
      m.put("_" + k, parts.get(k));
    }
    return m;
  }

  /** sprig's strslice: list elements (nil dropped) as strings; a scalar as a one-element list. */
  static List<String> strslice(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o != null) {
          out.add(Cast.toStr(o));
        }
      }
    } else if (v != null) {
      out.add(Cast.toStr(v));
    }
    return out;
  }
}
