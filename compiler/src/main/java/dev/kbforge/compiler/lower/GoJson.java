package dev.kbforge.compiler.lower;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Compact JSON text exactly as Go's {@code encoding/json} Marshal writes it (Go 1.22 and later,
 * KubeBlocks builds with 1.25): object keys in the order given (a Go struct's field order), no
 * spaces, and strings escaped the Go way: {@code <}, {@code >} and {@code &} as six-character
 * unicode escapes (HTML-safe), U+2028 and U+2029 too, {@code \b \f \n \r \t} short, other control
 * characters as unicode escapes in lower-case hex. kbagent's env values ({@code KB_AGENT_ACTION},
 * {@code KB_AGENT_PROBE}) are such text; writing the same bytes keeps a rendered pod identical to
 * the one KubeBlocks builds.
 */
final class GoJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoJson() {}

  static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    append(node, out);
    return out.toString();
  }

  private static void append(JsonNode node, StringBuilder out) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      out.append("null");
    } else if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(e.getKey(), out);
        out.append(':');
        append(e.getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(node.get(i), out);
      }
      out.append(']');
    } else if (node.isString()) {
      string(node.asString(), out);
    } else {
      out.append(node.toString()); // numbers and booleans: Go writes them the same way
    }
  }

  static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
            unicode(ch, out);
          } else if (Character.isSurrogate(ch) && !validPair(s, i)) {
            out.append("\\ufffd"); // Go replaces invalid UTF-8 with U+FFFD
          } else {
            out.append(ch);
            if (Character.isHighSurrogate(ch)) {
              out.append(s.charAt(++i));
            }
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean validPair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private static void unicode(char ch, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(ch >> 12) & 0xf])
        .append(HEX[(ch >> 8) & 0xf])
        .append(HEX[(ch >> 4) & 0xf])
        .append(HEX[ch & 0xf]);
  }
}
