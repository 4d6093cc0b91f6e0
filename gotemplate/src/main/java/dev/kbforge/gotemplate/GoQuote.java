package dev.kbforge.gotemplate;

/** Go's strconv.Quote and QuoteRune. */
final class GoQuote {
  private GoQuote() {}

  /** Go's strconv.Quote. */
  static String quote(String str) {
    StringBuilder q = new StringBuilder("\"");
    str.codePoints().forEach(cp -> appendQuotedRune(q, cp, '"'));
    return q.append('"').toString();
  }

  static void appendQuotedRune(StringBuilder q, int cp, char quote) {
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
}
