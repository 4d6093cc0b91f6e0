package dev.kbforge.compiler.source;

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
    return new SourceFile(name, List.of(text.split("\r\n|\r|\n", -1)));
  }

  /** The text of a 1-based line, or empty when out of range. */
  public String line(int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }
}
