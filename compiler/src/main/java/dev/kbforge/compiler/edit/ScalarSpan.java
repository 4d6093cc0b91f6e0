package dev.kbforge.compiler.edit;

import java.util.Optional;

/**
 * Where a scalar written on one line starts and ends in the text, and how it is quoted. Block
 * scalars ({@code |}, {@code >}), flow collections, anchors, tags and aliases are not scalars this
 * can replace: {@link #at} gives empty for them, and the edit is refused rather than guessed.
 *
 * @param start offset of the first character (a quote included)
 * @param end offset just past the last character (a quote included)
 * @param style how the value is written
 */
record ScalarSpan(int start, int end, Style style) {
  enum Style {
    PLAIN,
    SINGLE,
    DOUBLE
  }

  static Optional<ScalarSpan> at(YamlText yaml, int start) {
    String text = yaml.text();
    int lineEnd = yaml.lineEnd(yaml.lineOf(start));
    if (start >= lineEnd) {
      return Optional.empty();
    }
    char first = text.charAt(start);
    switch (first) {
      case '"':
        return closing(text, start, lineEnd, '"').map(e -> new ScalarSpan(start, e, Style.DOUBLE));
      case '\'':
        return closing(text, start, lineEnd, '\'').map(e -> new ScalarSpan(start, e, Style.SINGLE));
      case '|', '>', '{', '[', '&', '*', '!':
        return Optional.empty();
      default:
        return Optional.of(new ScalarSpan(start, plainEnd(text, start, lineEnd), Style.PLAIN));
    }
  }

  /** Just past the closing quote on the same line; {@code ''} and {@code \"} do not close. */
  private static Optional<Integer> closing(String text, int start, int lineEnd, char quote) {
    for (int i = start + 1; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < lineEnd && text.charAt(i + 1) == '\'') {
          i++;
          continue;
        }
        return Optional.of(i + 1);
      }
    }
    return Optional.empty(); // a quoted scalar that goes on over several lines
  }

  /** A plain scalar ends before a comment ({@code " #"}) or trailing blanks. */
  private static int plainEnd(String text, int start, int lineEnd) {
    int end = lineEnd;
    for (int i = start + 1; i < lineEnd; i++) {
      if (text.charAt(i) == '#' && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
        end = i;
        break;
      }
    }
    while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }
}
