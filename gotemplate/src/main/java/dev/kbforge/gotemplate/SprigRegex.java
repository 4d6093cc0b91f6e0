package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.INT;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * sprig's regex functions. Go uses RE2; java.util.regex agrees on the common syntax (classes,
 * groups, quantifiers, anchors). Go's {@code $1}/{@code ${name}} replacement syntax is translated.
 */
final class SprigRegex {
  private SprigRegex() {}

  static void register(Map<String, GoFunction> m) {
    m.put(
        "regexMatch",
        GoFunction.of(
            a -> compileOrNull(s(a, 0)) != null && compileOrNull(s(a, 0)).matcher(s(a, 1)).find(),
            STRING,
            STRING));
    m.put(
        "regexFind",
        GoFunction.of(
            a -> {
              Matcher x = compile(s(a, 0)).matcher(s(a, 1));
              return x.find() ? x.group() : "";
            },
            STRING,
            STRING));
    m.put(
        "regexFindAll",
        GoFunction.of(a -> findAll(compile(s(a, 0)), s(a, 1), i(a, 2)), STRING, STRING, INT));
    m.put(
        "regexReplaceAll",
        GoFunction.of(
            a -> compile(s(a, 0)).matcher(s(a, 1)).replaceAll(replacement(s(a, 2))),
            STRING,
            STRING,
            STRING));
    m.put(
        "regexReplaceAllLiteral",
        GoFunction.of(
            a -> compile(s(a, 0)).matcher(s(a, 1)).replaceAll(Matcher.quoteReplacement(s(a, 2))),
            STRING,
            STRING,
            STRING));
    m.put(
        "regexSplit",
        GoFunction.of(a -> split(compile(s(a, 0)), s(a, 1), i(a, 2)), STRING, STRING, INT));
    for (String fn : List.of("FindAll", "Find", "ReplaceAll", "ReplaceAllLiteral", "Split")) {
      m.put("mustRegex" + fn, m.get("regex" + fn));
    }
    // unlike regexMatch, a bad pattern is an error here
    m.put(
        "mustRegexMatch",
        GoFunction.of(a -> compile(s(a, 0)).matcher(s(a, 1)).find(), STRING, STRING));
    m.put("regexQuoteMeta", GoFunction.of(a -> quoteMeta(s(a, 0)), STRING));
  }

  private static String s(List<Object> a, int i) {
    return (String) a.get(i);
  }

  private static int i(List<Object> a, int i) {
    return (int) ((Number) a.get(i)).longValue();
  }

  private static Pattern compileOrNull(String re) {
    try {
      return Pattern.compile(re);
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  private static Pattern compile(String re) throws FunctionException {
    Pattern p = compileOrNull(re);
    if (p == null) {
      throw new FunctionException("regexp: Compile(" + GoFormat.quote(re) + ") failed");
    }
    return p;
  }

  private static List<Object> findAll(Pattern p, String s, int n) {
    List<Object> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while ((n < 0 || out.size() < n) && m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<Object> split(Pattern p, String s, int n) {
    List<Object> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    if (p.pattern().isEmpty() && !s.isEmpty()) {
      return SprigStrings.split(s, "", n);
    }
    Matcher m = p.matcher(s);
    int beg = 0;
    while (m.find()) {
      if (n > 0 && out.size() == n - 1) {
        break;
      }
      if (m.end() == 0) {
        continue;
      }
      out.add(s.substring(beg, m.start()));
      beg = m.end();
    }
    out.add(s.substring(beg));
    return out;
  }

  /** Go's Expand syntax ($1, ${1}, $name, $$) to Java's. */
  private static String replacement(String go) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < go.length(); k++) {
      char c = go.charAt(k);
      if (c == '\\') {
        b.append("\\\\");
      } else if (c != '$') {
        b.append(c);
      } else if (k + 1 < go.length() && go.charAt(k + 1) == '$') {
        b.append("\\$");
        k++;
      } else if (k + 1 < go.length() && go.charAt(k + 1) == '{') {
        int end = go.indexOf('}', k);
        String name = end < 0 ? "" : go.substring(k + 2, end);
        b.append(name.matches("\\d+") ? "$" + name : "${" + name + "}");
        k = end < 0 ? go.length() : end;
      } else {
        int e = k + 1;
        while (e < go.length()
            && (Character.isLetterOrDigit(go.charAt(e)) || go.charAt(e) == '_')) {
          e++;
        }
        String name = go.substring(k + 1, e);
        if (name.isEmpty()) {
          b.append("\\$");
        } else if (name.matches("\\d+")) {
          b.append('$').append(name);
        } else {
          b.append("${").append(name).append('}');
        }
        k = e - 1;
      }
    }
    return b.toString();
  }

  private static String quoteMeta(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
