package dev.kbforge.gotemplate;

import static dev.kbforge.gotemplate.ArgType.ANY;
import static dev.kbforge.gotemplate.ArgType.STRING;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** sprig's encoding, hashing, JSON and path functions. */
final class SprigEncoding {
  private SprigEncoding() {}

  static void register(Map<String, GoFunction> m) {
    m.put("b64enc", GoFunction.of(a -> Base64.getEncoder().encodeToString(bytes(a)), STRING));
    m.put(
        "b64dec",
        GoFunction.of(
            a -> {
              try {
                return new String(Base64.getDecoder().decode(s(a)), StandardCharsets.UTF_8);
              } catch (IllegalArgumentException e) {
                return "illegal base64 data";
              }
            },
            STRING));
    m.put("sha256sum", GoFunction.of(a -> hash("SHA-256", bytes(a)), STRING));
    m.put("sha1sum", GoFunction.of(a -> hash("SHA-1", bytes(a)), STRING));
    m.put(
        "adler32sum",
        GoFunction.of(
            a -> {
              java.util.zip.Adler32 ad = new java.util.zip.Adler32();
              ad.update(bytes(a));
              return Long.toString(ad.getValue());
            },
            STRING));
    m.put("toJson", GoFunction.of(a -> json(a.get(0), true), ANY));
    m.put("toRawJson", GoFunction.of(a -> json(a.get(0), false), ANY));
    m.put("base", GoFunction.of(a -> base(s(a)), STRING));
    m.put("ext", GoFunction.of(a -> ext(s(a)), STRING));
    m.put("clean", GoFunction.of(a -> GoPaths.clean(s(a)), STRING));
    m.put("dir", GoFunction.of(a -> GoPaths.dir(s(a)), STRING));
    m.put("isAbs", GoFunction.of(a -> s(a).startsWith("/"), STRING));
  }

  private static String s(List<Object> a) {
    return (String) a.get(0);
  }

  private static byte[] bytes(List<Object> a) {
    return s(a).getBytes(StandardCharsets.UTF_8);
  }

  private static String hash(String algorithm, byte[] data) throws FunctionException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new FunctionException(e.getMessage());
    }
  }

  private static String base(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int i = p.lastIndexOf('/');
    String b = i >= 0 && p.length() > 1 ? p.substring(i + 1) : p;
    return b.isEmpty() ? "/" : b;
  }

  private static String ext(String p) {
    for (int i = p.length() - 1; i >= 0 && p.charAt(i) != '/'; i--) {
      if (p.charAt(i) == '.') {
        return p.substring(i);
      }
    }
    return "";
  }

  /** encoding/json.Marshal: sorted keys, Go's float form, HTML characters escaped if asked. */
  static String json(Object v, boolean escapeHtml) {
    StringBuilder b = new StringBuilder();
    writeJson(b, v, escapeHtml);
    return b.toString();
  }

  private static void writeJson(StringBuilder b, Object v, boolean html) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String str) {
      jsonString(b, str, html);
    } else if (v instanceof Boolean bool) {
      b.append(bool);
    } else if (GoValues.isFloat(v)) {
      double d = ((Number) v).doubleValue();
      double abs = Math.abs(d);
      if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
        String e = GoFloats.format(d, 'e', -1);
        e = e.replaceAll("e([+-])0(\\d)$", "e$1$2");
        b.append(d < 0 ? "-" : "").append(e);
      } else {
        b.append(d < 0 ? "-" : "").append(GoFloats.format(d, 'f', -1));
      }
    } else if (v instanceof Number n) {
      b.append(n.longValue());
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        jsonString(b, e.getKey().toString(), html);
        b.append(':');
        writeJson(b, e.getValue(), html);
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        writeJson(b, l.get(i), html);
      }
      b.append(']');
    } else {
      jsonString(b, v.toString(), html);
    }
  }

  private static void jsonString(StringBuilder b, String s, boolean html) {
    b.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20
              || (html && (c == '<' || c == '>' || c == '&'))
              || c == '\u2028'
              || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
