package dev.kbforge.compiler.render;

import dev.kbforge.compiler.source.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags of a Pebble template ({@code {{ }}}, {@code {% %}}, {@code {# #}}) with their offsets
 * and positions, found by a plain scan. Pebble reports only the line of an error; this scan lets
 * the diagnostics point at the tag and expression on that line, find the block an unexpected end of
 * template leaves open, and neutralise a failing tag to look for the next error.
 */
final class TemplateTags {
  enum Kind {
    PRINT,
    EXECUTE,
    COMMENT
  }

  /**
   * One tag: {@code start} is the offset of its first brace, {@code end} the offset after its last;
   * {@code inner} is the text between the delimiters (and their {@code -} trim marks).
   */
  record Tag(Kind kind, int start, int end, int innerStart, String inner) {
    /** The first word of an execute tag ({@code if}, {@code endfor}...), or empty. */
    String name() {
      String s = inner.strip();
      int i = 0;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      return s.substring(0, i);
    }
  }

  private final String text;
  private final int[] lineStarts;
  private final List<Tag> tags;

  private TemplateTags(String text, int[] lineStarts, List<Tag> tags) {
    this.text = text;
    this.lineStarts = lineStarts;
    this.tags = tags;
  }

  /** Scans {@code lines} (a template's text split into lines, as {@code SourceFile} holds it). */
  static TemplateTags scan(List<String> lines) {
    String text = String.join("\n", lines);
    int[] starts = new int[lines.size()];
    int offset = 0;
    for (int i = 0; i < lines.size(); i++) {
      starts[i] = offset;
      offset += lines.get(i).length() + 1;
    }
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while (i + 1 < text.length()) {
      Kind kind = opening(text, i);
      if (kind == null) {
        i++;
        continue;
      }
      String close = kind == Kind.PRINT ? "}}" : kind == Kind.EXECUTE ? "%}" : "#}";
      int innerStart = i + 2 + (i + 2 < text.length() && text.charAt(i + 2) == '-' ? 1 : 0);
      int closeAt = closing(text, innerStart, close, kind != Kind.COMMENT);
      int end = closeAt < 0 ? text.length() : closeAt + 2;
      int innerEnd = closeAt < 0 ? text.length() : closeAt;
      if (innerEnd > innerStart && text.charAt(innerEnd - 1) == '-') {
        innerEnd--;
      }
      tags.add(new Tag(kind, i, end, innerStart, text.substring(innerStart, innerEnd)));
      i = end;
      if (kind == Kind.EXECUTE && tags.get(tags.size() - 1).name().equals("verbatim")) {
        int endVerbatim = text.indexOf("endverbatim", i);
        i = endVerbatim < 0 ? text.length() : Math.max(i, text.lastIndexOf("{%", endVerbatim));
      }
    }
    return new TemplateTags(text, starts, List.copyOf(tags));
  }

  private static Kind opening(String text, int i) {
    if (text.charAt(i) != '{') {
      return null;
    }
    return switch (text.charAt(i + 1)) {
      case '{' -> Kind.PRINT;
      case '%' -> Kind.EXECUTE;
      case '#' -> Kind.COMMENT;
      default -> null;
    };
  }

  /** The offset of {@code close}, skipping quoted strings in expressions; -1 when there is none. */
  private static int closing(String text, int from, String close, boolean quotes) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (quotes && (c == '"' || c == '\'')) {
        quote = c;
      } else if (text.startsWith(close, i)) {
        return i;
      }
    }
    return -1;
  }

  String text() {
    return text;
  }

  List<Tag> tags() {
    return tags;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The offset of a 1-based line's first character (the end of the text past the last line). */
  int offset(int line) {
    return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : text.length();
  }

  /** The 1-based position of an offset. */
  Position position(int offset) {
    int line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) {
      line++;
    }
    return new Position(line + 1, offset - lineStarts[line] + 1);
  }

  /** The tags that overlap a 1-based line, in order. */
  List<Tag> onLine(int line) {
    int from = offset(line);
    int to = line < lineStarts.length ? offset(line + 1) : text.length() + 1;
    return tags.stream().filter(t -> t.start() < to && t.end() > from).toList();
  }

  /** The tag holding {@code offset}, or null. */
  Tag at(int offset) {
    for (Tag t : tags) {
      if (t.start() <= offset && offset < t.end()) {
        return t;
      }
    }
    return null;
  }
}
