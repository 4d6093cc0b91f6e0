package dev.kbforge.gotemplate;

/** Go's strconv.Unquote for "..." and '...' literals; null when the literal is malformed. */
final class Quotes {
  private Quotes() {}

  static String unquote(String literal, char quote) {
    if (literal.length() < 2 || literal.charAt(0) != quote || !literal.endsWith(quote + "")) {
      return null;
    }
    String body = literal.substring(1, literal.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == quote || c == '\n') {
        return null;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i >= body.length()) {
        return null;
      }
      char e = body.charAt(i);
      switch (e) {
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000b');
        case '\\' -> out.append('\\');
        case '\'', '"' -> {
          if (e != quote) {
            return null;
          }
          out.append(e);
        }
        case 'x', 'u', 'U' -> {
          int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          if (i + n >= body.length()) {
            return null;
          }
          try {
            int cp = Integer.parseInt(body.substring(i + 1, i + 1 + n), 16);
            out.appendCodePoint(cp);
          } catch (RuntimeException ex) {
            return null;
          }
          i += n;
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          if (i + 3 > body.length()) {
            return null;
          }
          try {
            int v = Integer.parseInt(body.substring(i, i + 3), 8);
            if (v > 255) {
              return null;
            }
            out.append((char) v);
          } catch (NumberFormatException ex) {
            return null;
          }
          i += 2;
        }
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
