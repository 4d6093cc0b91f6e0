package dev.kbforge.compiler.render;

import dev.kbforge.compiler.render.TemplateTags.Tag;
import dev.kbforge.compiler.source.Position;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Neutralises the tag that failed, so that the template can be parsed or rendered again to find its
 * next error: Pebble stops at the first one, and an author fixing a template wants all of them. The
 * text keeps every line and column: a print tag becomes spaces, and the expression of an {@code
 * if}, {@code elseif}, {@code for} or {@code set} becomes {@code false}, {@code []} or {@code ""}
 * padded with spaces. Any other tag (an unclosed block, a broken {@code include}) ends the search.
 */
final class ErrorRecovery {
  /** Most errors reported for one template file. */
  static final int MAX_ERRORS_PER_FILE = 20;

  /** An execute tag whose expression (group 1) can stand in for {@code replacement}. */
  private record Rule(Pattern tag, String replacement) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("^\\s*(?:if|elseif)\\s+(.+?)\\s*$"), "false"),
          new Rule(Pattern.compile("^\\s*for\\s+\\w+(?:\\s*,\\s*\\w+)?\\s+in\\s+(.+?)\\s*$"), "[]"),
          new Rule(Pattern.compile("^\\s*set\\s+\\w+\\s*=\\s*(.+?)\\s*$"), "\"\""));

  private ErrorRecovery() {}

  /** The text without the tag at {@code at}, or empty when that tag cannot be neutralised. */
  static Optional<String> withoutTagAt(TemplateTags tags, Position at) {
    Tag tag = tags.at(tags.offset(at.line()) + at.column() - 1);
    if (tag == null) {
      return Optional.empty();
    }
    String text = tags.text();
    if (tag.kind() == TemplateTags.Kind.PRINT) {
      return Optional.of(blank(text, tag.start(), tag.end(), ""));
    }
    if (tag.kind() != TemplateTags.Kind.EXECUTE) {
      return Optional.empty();
    }
    for (Rule rule : RULES) {
      Matcher m = rule.tag().matcher(tag.inner());
      if (m.matches() && m.end(1) - m.start(1) >= rule.replacement().length()) {
        int from = tag.innerStart() + m.start(1);
        return Optional.of(blank(text, from, tag.innerStart() + m.end(1), rule.replacement()));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code text} with {@code [from, to)} replaced by {@code replacement} and spaces, newlines kept.
   */
  private static String blank(String text, int from, int to, String replacement) {
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, from).append(replacement);
    for (int i = from + replacement.length(); i < to; i++) {
      out.append(text.charAt(i) == '\n' ? '\n' : ' ');
    }
    return out.append(text, to, text.length()).toString();
  }
}
