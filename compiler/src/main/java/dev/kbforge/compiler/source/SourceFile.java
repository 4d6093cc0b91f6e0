package dev.kbforge.compiler.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A file as read: its display name and its text split into lines (line breaks removed, so CRLF and
 * LF inputs look the same).
 */
public record SourceFile(String name, List<String> lines) {
  public SourceFile {
    lines = List.copyOf(lines);
  }

  public static SourceFile of(String name, String text) {
    return new SourceFile(name, splitLines(text));
  }

  /** Splits on CRLF, CR or LF by hand: a regex split is the slowest step of loading. */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** The text of a 1-based line, or empty when out of range. */
  public String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }
}
