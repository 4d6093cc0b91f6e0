package dev.kbforge.compiler.load;

/**
 * Turns the tabs that Kubernetes' YAML reader takes as separation into spaces, before
 * snakeyaml-engine (which refuses a tab wherever a token could start) reads the text.
 *
 * <p>go-yaml v2 (scannerc.go, yaml_parser_scan_to_next_token) skips a tab between tokens inside a
 * flow collection, and in block context wherever no new key may start: after {@code key:}, after an
 * anchor, tag or alias, after a quoted scalar or a block scalar header, after a document marker. A
 * tab at the start of a line (indentation) or right after {@code -} or {@code ?} stays an error
 * there, and is left alone here so that snakeyaml reports it. Tabs inside quoted, plain and block
 * scalars are content and are never touched. One character becomes one character, so every line and
 * column stays exact.
 */
final class SeparationTabs {
  private final char[] text;
  private int pos;
  private int flowDepth;
  private char quote; // the open quote of a scalar spanning lines, or 0
  private int blockParent = -1; // column of the node holding a block scalar header
  private int plainParent = -1; // column of the node whose plain value may continue below
  private int nodeColumn; // column of the line's first node after indentation and '-' / '?'
  private int entryColumn; // column of the line's last '-' or '?'

  /** What the last token of the line was: decides whether a tab after it separates. */
  private enum Last {
    LINE_START,
    ENTRY, // '-' or '?', or ':' opening a line: go-yaml refuses a tab after it
    SEPARATED, // a token after which go-yaml skips tabs
    PLAIN
  }

  private SeparationTabs(String text) {
    this.text = text.toCharArray();
  }

  /** {@code text} with its separation tabs replaced by spaces; the same string when it has none. */
  static String toSpaces(String text) {
    if (text.indexOf('\t') < 0) {
      return text;
    }
    SeparationTabs tabs = new SeparationTabs(text);
    while (tabs.pos < tabs.text.length) {
      tabs.line();
    }
    return new String(tabs.text);
  }

  private void line() {
    int start = pos;
    int end = start;
    while (end < text.length && text[end] != '\n' && text[end] != '\r') {
      end++;
    }
    int indent = 0;
    while (start + indent < end && text[start + indent] == ' ') {
      indent++;
    }
    if (quote != 0) {
      int after = scanQuoted(start, end); // a quoted scalar spanning lines: content until it closes
      if (quote == 0) {
        tokens(start, indent, after, end, Last.SEPARATED);
      }
    } else {
      boolean blank = blankUpTo(start, start + indent, end);
      if (!insideBlockScalar(indent, blank) && !continuesPlain(indent, blank)) {
        tokens(start, indent, start + indent, end, Last.LINE_START);
      }
    }
    pos = end;
    while (pos < text.length && (text[pos] == '\n' || text[pos] == '\r')) {
      pos++;
    }
  }

  /**
   * Block scalar content is every line indented deeper than the node that holds the header (empty
   * lines too); whatever the indentation indicator says, a deeper line that is not content would be
   * a YAML error anyway. The first line not as deep ends the scalar.
   */
  private boolean insideBlockScalar(int indent, boolean blank) {
    if (blockParent < 0) {
      return false;
    }
    if (blank || indent > blockParent) {
      return true;
    }
    blockParent = -1;
    return false;
  }

  private boolean continuesPlain(int indent, boolean blank) {
    if (plainParent < 0 || blank) {
      return plainParent >= 0;
    }
    if (indent > plainParent) {
      return true; // a continuation line of a multi-line plain scalar: all content
    }
    plainParent = -1;
    return false;
  }

  private void tokens(int start, int indent, int from, int end, Last first) {
    int i = from;
    if (flowDepth > 0 && first == Last.LINE_START) {
      i = separation(start, end, true);
    }
    Last last = first;
    while (i < end) {
      char c = text[i];
      if (c == ' ' || c == '\t') {
        i = separation(i, end, flowDepth > 0 || last == Last.SEPARATED);
        continue;
      }
      if (c == '#' && (i == start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
        return; // a comment: the rest of the line does not matter
      }
      if (c == '%' && i == start) {
        return; // a directive
      }
      if (last == Last.LINE_START || last == Last.ENTRY) {
        nodeColumn = i - start;
      }
      int next = i + 1;
      if (c == '"' || c == '\'') {
        quote = c;
        i = scanQuoted(next, end);
        last = Last.SEPARATED;
      } else if (isMarker(i, start, end)) {
        i += 3;
        last = Last.SEPARATED;
      } else if ((c == '-' || c == '?') && separated(next, end)) {
        entryColumn = i - start;
        i = next;
        last = Last.ENTRY;
      } else if (c == ':' && (separated(next, end) || flowDepth > 0)) {
        i = next;
        last = last == Last.LINE_START ? Last.ENTRY : Last.SEPARATED;
      } else if (c == '[' || c == '{' || c == ']' || c == '}' || (c == ',' && flowDepth > 0)) {
        flowDepth = Math.max(0, flowDepth + (c == '[' || c == '{' ? 1 : c == ',' ? 0 : -1));
        i = next;
        last = Last.SEPARATED;
      } else if (c == '&' || c == '*' || c == '!') {
        i = endOfWord(next, end);
        last = Last.SEPARATED;
      } else if ((c == '|' || c == '>') && flowDepth == 0) {
        i = endOfWord(next, end);
        blockParent = last == Last.ENTRY ? entryColumn : nodeColumn;
        last = Last.SEPARATED;
      } else {
        boolean value = last != Last.PLAIN;
        int parent = last == Last.ENTRY ? entryColumn : nodeColumn;
        i = scanPlain(i, end);
        last = Last.PLAIN;
        if (value && flowDepth == 0 && blankUpTo(start, i, end) && blockParent < 0) {
          plainParent = parent;
        }
      }
    }
  }

  /** Skips blanks from {@code i}, turning tabs into spaces when they separate tokens. */
  private int separation(int i, int end, boolean replace) {
    while (i < end && (text[i] == ' ' || text[i] == '\t')) {
      if (replace && text[i] == '\t') {
        text[i] = ' ';
      }
      i++;
    }
    return i;
  }

  /** The index after a plain scalar starting at {@code i}; its inner blanks are content. */
  private int scanPlain(int i, int end) {
    while (i < end) {
      char c = text[i];
      if (c == ' ' || c == '\t') {
        int j = i;
        while (j < end && (text[j] == ' ' || text[j] == '\t')) {
          j++;
        }
        if (j == end || text[j] == '#' || (text[j] == ':' && separated(j + 1, end))) {
          return i;
        }
        i = j;
      } else if (c == ':' && (separated(i + 1, end) || flowDepth > 0 && isFlowEnd(i + 1, end))) {
        return i;
      } else if (flowDepth > 0 && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
        return i;
      } else {
        i++;
      }
    }
    return i;
  }

  /**
   * The index after the closing quote, or {@code end} (the quote stays open) when the line ends.
   */
  private int scanQuoted(int i, int end) {
    int lineEnd = i;
    while (lineEnd < end && text[lineEnd] != '\n' && text[lineEnd] != '\r') {
      lineEnd++;
    }
    while (i < lineEnd) {
      char c = text[i];
      if (quote == '"' && c == '\\') {
        i += 2;
      } else if (c == quote && quote == '\'' && i + 1 < lineEnd && text[i + 1] == '\'') {
        i += 2;
      } else if (c == quote) {
        quote = 0;
        return i + 1;
      } else {
        i++;
      }
    }
    return lineEnd;
  }

  private int endOfWord(int i, int end) {
    while (i < end && text[i] != ' ' && text[i] != '\t') {
      if (flowDepth > 0 && (text[i] == ',' || text[i] == ']' || text[i] == '}')) {
        return i;
      }
      i++;
    }
    return i;
  }

  private boolean isMarker(int i, int start, int end) {
    if (i != start || i + 3 > end) {
      return false;
    }
    String three = new String(text, i, 3);
    return (three.equals("---") || three.equals("...")) && separated(i + 3, end);
  }

  private boolean separated(int i, int end) {
    return i >= end || text[i] == ' ' || text[i] == '\t';
  }

  private boolean isFlowEnd(int i, int end) {
    return i < end && (text[i] == ',' || text[i] == ']' || text[i] == '}');
  }

  /** Whether only blanks, perhaps with a comment, follow {@code i} on the line. */
  private boolean blankUpTo(int lineStart, int i, int end) {
    for (; i < end; i++) {
      if (text[i] != ' ' && text[i] != '\t') {
        return text[i] == '#' && (i == lineStart || text[i - 1] == ' ' || text[i - 1] == '\t');
      }
    }
    return true;
  }
}
