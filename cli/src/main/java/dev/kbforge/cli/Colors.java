package dev.kbforge.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours for the text format on a terminal: errors red, warnings yellow, the caret green, hints
 * cyan. Off when the output is not a terminal, when {@code NO_COLOR} is set to anything but the
 * empty string (no-color.org), when {@code TERM} is {@code dumb}, and with {@code --no-color}. The
 * text itself is the formatter's, unchanged: colours only wrap parts of it.
 */
final class Colors {
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";
  private static final String CYAN = "\u001b[36m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  /** {@code file:line:col: error[KB1003]: message} and the same for warnings. */
  private static final Pattern FINDING =
      Pattern.compile("^(\\S.*?: )(error|warning)(\\[KB\\d+\\]:)(.*)$");

  private static final Pattern CARET = Pattern.compile("^(\\s+)(\\^)$");
  private static final Pattern HINT = Pattern.compile("^(\\s+)(hint:)(.*)$");

  private Colors() {}

  /** Whether to colour: a terminal, no {@code --no-color}, no {@code NO_COLOR}, no dumb TERM. */
  static boolean enabled(boolean noColorOption, Map<String, String> env, boolean terminal) {
    String noColor = env.get("NO_COLOR");
    return terminal
        && !noColorOption
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(env.get("TERM"));
  }

  /** As {@link #enabled(boolean, Map, boolean)} for this process's stdout. */
  static boolean enabled(boolean noColorOption) {
    return enabled(noColorOption, System.getenv(), System.console() != null);
  }

  /** Text-format diagnostics with their severity, caret and hint coloured. */
  static String paint(String text) {
    StringBuilder out = new StringBuilder(text.length() + 256);
    for (String line : text.split("\n", -1)) {
      out.append(paintLine(line)).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String paintLine(String line) {
    Matcher m = FINDING.matcher(line);
    if (m.matches()) {
      String color = m.group(2).equals("error") ? RED : YELLOW;
      return BOLD + m.group(1) + RESET + color + m.group(2) + m.group(3) + RESET + m.group(4);
    }
    if ((m = CARET.matcher(line)).matches()) {
      return m.group(1) + GREEN + m.group(2) + RESET;
    }
    if ((m = HINT.matcher(line)).matches()) {
      return m.group(1) + CYAN + m.group(2) + RESET + m.group(3);
    }
    return line;
  }
}
