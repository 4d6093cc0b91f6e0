package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file's exact text with the offsets of its lines, so that the loader's line and column
 * (1-based, a byte order mark not counted) map back to the characters they came from. Line breaks
 * are kept as written: an edit inserts lines with the file's own break (LF or CRLF).
 */
final class YamlText {
  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();
  private final int bom;

  YamlText(String text) {
    this.text = text;
    this.bom = text.startsWith("\uFEFF") ? 1 : 0;
    lineStarts.add(bom);
    for (int i = bom; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\n' || c == '\r') {
        lineStarts.add(i + 1);
      }
    }
  }

  String text() {
    return text;
  }

  /** The file's line break: CRLF when its first break is one, else LF. */
  String lineBreak() {
    int lf = text.indexOf('\n');
    return lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  /** The offset of a loader position. */
  int offset(Position position) {
    return lineStart(position.line()) + position.column() - 1;
  }

  /** The offset where 1-based {@code line} starts. */
  int lineStart(int line) {
    return lineStarts.get(Math.min(line, lineStarts.size()) - 1);
  }

  /** The offset just past {@code line}'s break (the end of the text for the last line). */
  int nextLineStart(int line) {
    return line < lineStarts.size() ? lineStarts.get(line) : text.length();
  }

  /** The offset of {@code line}'s line break (or the end of the text). */
  int lineEnd(int line) {
    int end = nextLineStart(line);
    while (end > lineStart(line)
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** Whether only spaces precede {@code position} on its line. */
  boolean startsLine(Position position) {
    int start = lineStart(position.line());
    int at = offset(position);
    return text.substring(start, at).isBlank();
  }

  /** The 1-based line of an offset. */
  int lineOf(int offset) {
    int line = 1;
    while (line < lineStarts.size() && lineStarts.get(line) <= offset) {
      line++;
    }
    return line;
  }
}
