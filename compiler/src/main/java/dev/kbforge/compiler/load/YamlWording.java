package dev.kbforge.compiler.load;

import dev.kbforge.compiler.source.Position;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a YAML syntax error in words an author knows. snakeyaml-engine speaks of its parser's tokens
 * ("expected &lt;block end&gt;, but found '?'", "while parsing a block collection"); this class
 * names the list, mapping or string in question, where it started, and what to do. The position of
 * the error is the caller's, unchanged.
 */
final class YamlWording {
  /** A message and a hint for one syntax error. */
  record Phrase(String message, String hint) {}

  private static final Pattern BLOCK_END =
      Pattern.compile("expected <block end>, but found '?(.+?)'?$");
  private static final Pattern FLOW_END =
      Pattern.compile("expected ',' or '([\\]}])', but got (.+)$");
  private static final Pattern NODE =
      Pattern.compile("expected the node content, but found '?(.+?)'?$");
  private static final Pattern DOCUMENT =
      Pattern.compile("expected <document start>, but found '?(.+?)'?$");
  private static final Pattern BAD_START =
      Pattern.compile("found character '(.+?)' that cannot start any token.*");
  private static final Pattern ALIAS = Pattern.compile("found undefined alias (.+)$");
  private static final Pattern ESCAPE =
      Pattern.compile("found unknown escape character (.)(?:\\(\\d+\\))?$");

  private YamlWording() {}

  /**
   * @param problem snakeyaml's problem text
   * @param context snakeyaml's context text ("while parsing a block mapping"), or null
   * @param contextAt where that context starts, or {@link Position#UNKNOWN}
   */
  static Phrase phrase(String problem, String context, Position contextAt) {
    String where = structure(context);
    String since = contextAt.line() > 0 ? " that starts at line " + contextAt.line() : "";
    Matcher m;
    if ((m = BLOCK_END.matcher(problem)).matches()) {
      if (m.group(1).equals("]") || m.group(1).equals("}")) {
        return new Phrase(
            "a '" + m.group(1) + "' that closes nothing",
            "remove it, or open the list or mapping it should close");
      }
      return new Phrase(
          token(m.group(1))
              + " where the "
              + where
              + since
              + " has ended: this line is not"
              + " indented like the lines above it",
          "items of one list, or keys of one mapping, start in the same column (spaces only);"
              + " a key and a list item cannot share a level");
    }
    if ((m = FLOW_END.matcher(problem)).matches()) {
      String open = m.group(1).equals("]") ? "[" : "{";
      return new Phrase(
          "the '"
              + open
              + "'"
              + since.replace(" that starts", " opened")
              + " is not closed before "
              + token(m.group(2).strip()),
          "close it with '" + m.group(1) + "', and separate its items with commas");
    }
    if (problem.equals("mapping values are not allowed here")) {
      return new Phrase(
          "':' followed by a space makes this a key, which is not allowed here",
          "quote a value that holds ': ' (a: \"b: c\"), or put the key on a line of its own with"
              + " its value indented under it");
    }
    if (problem.equals("sequence entries are not allowed here")) {
      return new Phrase(
          "a list item ('- ') cannot start here, on the line of the key before it",
          "start the list on the next line, indented under its key");
    }
    if (problem.equals("mapping keys are not allowed here")) {
      return new Phrase(
          "a '?' key is not allowed here", "quote the value if '?' is meant literally");
    }
    if (problem.equals("could not find expected ':'")) {
      return new Phrase(
          "a key without ':' after it" + (since.isEmpty() ? "" : " (the key" + since + ")"),
          "add ': ' after the key, or quote the text if it is a value");
    }
    if (problem.equals("found unexpected end of stream")) {
      return new Phrase(
          "the file ends inside the " + where + since,
          where.contains("string") ? "add the closing quote" : "complete it or remove it");
    }
    if (problem.equals("found unexpected document separator")) {
      return new Phrase(
          "a '---' line inside the " + where + since + " ends the document",
          "close the string before the '---' line, or indent that line");
    }
    if ((m = BAD_START.matcher(problem)).matches()) {
      return new Phrase(
          "'" + m.group(1) + "' cannot start a value (YAML reserves it)",
          "quote the value: a: \"" + m.group(1) + "...\"");
    }
    if ((m = ALIAS.matcher(problem)).matches()) {
      return new Phrase(
          "'*"
              + m.group(1)
              + "' refers to the anchor '&"
              + m.group(1)
              + "', which is not defined"
              + " before it",
          "define the anchor earlier in the same document, or quote the value if '*' is literal");
    }
    if ((m = ESCAPE.matcher(problem)).matches()) {
      return new Phrase(
          "'\\" + m.group(1) + "' is not an escape sequence of a double-quoted string",
          "write '\\\\' for a backslash, or use single quotes, in which backslashes are literal");
    }
    if (where.equals("anchor or alias name")) {
      return new Phrase(
          "an anchor ('&') or alias ('*') needs a name right after it",
          "write &name or *name, or quote the value if the character is literal");
    }
    if (where.startsWith("tag")) {
      return new Phrase(
          "a malformed tag (a value starting with '!')", "quote the value if '!' is literal");
    }
    if ((m = NODE.matcher(problem)).matches()) {
      return new Phrase(
          "a value is missing before " + token(m.group(1)), "write the value, or quote it");
    }
    if ((m = DOCUMENT.matcher(problem)).matches()) {
      return new Phrase(
          token(m.group(1))
              + " after the end of the document: this line is not indented like"
              + " the lines above it",
          "check the indentation; a new document starts with a '---' line");
    }
    return new Phrase(plain(problem), where.equals("YAML") ? "" : "in the " + where + since);
  }

  /** What a parser token is, for a person. */
  private static String token(String token) {
    return switch (token) {
      case "?", "<block mapping start>", "<key>" -> "a key";
      case "-", "<block sequence start>", "<block entry>" -> "a list item";
      case "<scalar>" -> "a value";
      case "<stream end>" -> "the end of the file";
      case "<document start>", "---" -> "a '---' line";
      default -> token.startsWith("<") ? plain(token) : "'" + token + "'";
    };
  }

  /** The structure a context names: "while parsing a block mapping" is the mapping. */
  private static String structure(String context) {
    if (context == null) {
      return "YAML";
    }
    String c = context.toLowerCase(Locale.ROOT);
    if (c.contains("block collection") || c.contains("sequence")) {
      return c.contains("flow") ? "[ ] list" : "list";
    }
    if (c.contains("mapping")) {
      return c.contains("flow") ? "{ } mapping" : "mapping";
    }
    if (c.contains("quoted scalar")) {
      return "quoted string";
    }
    if (c.contains("block scalar")) {
      return "block string (| or >)";
    }
    if (c.contains("anchor") || c.contains("alias")) {
      return "anchor or alias name";
    }
    if (c.contains("tag")) {
      return "tag (!...)";
    }
    if (c.contains("simple key")) {
      return "key";
    }
    return "YAML";
  }

  /** snakeyaml's leftover token names in plain words. */
  private static String plain(String text) {
    return text.replace("<block end>", "the end of an indented block")
        .replace("<block mapping start>", "a key")
        .replace("<block sequence start>", "a list item")
        .replace("<stream end>", "the end of the file")
        .replace("<document start>", "a '---' line")
        .replace("<scalar>", "a value");
  }
}
