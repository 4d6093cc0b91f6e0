package dev.kbforge.gotemplate;

import java.nio.charset.StandardCharsets;

/** Go's HTMLEscapeString, JSEscapeString and url.QueryEscape. */
final class Escapes {
  private Escapes() {}

  static String html(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("&#34;");
        case '\'' -> b.append("&#39;");
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case 0 -> b.append('\uFFFD');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String js(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '"' -> b.append("\\\"");
                case '<' -> b.append("\\u003C");
                case '>' -> b.append("\\u003E");
                case '&' -> b.append("\\u0026");
                case '=' -> b.append("\\u003D");
                default -> {
                  if (c < ' ') {
                    b.append(String.format("\\u%04X", c));
                  } else if (c < 0x7f
                      || (c > 0xa0
                          && Character.isDefined(c)
                          && !Character.isISOControl(c)
                          && Character.getType(c) != Character.FORMAT
                          && !Character.isWhitespace(c))) {
                    b.appendCodePoint(c);
                  } else {
                    b.append(String.format("\\u%04X", c));
                  }
                }
              }
            });
    return b.toString();
  }

  static String queryEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append((char) c);
      } else if (c == ' ') {
        b.append('+');
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }
}
