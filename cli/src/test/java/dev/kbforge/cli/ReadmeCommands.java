package dev.kbforge.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code kb} commands of a Markdown file's code blocks, and which of them a test can run.
 *
 * <p>Read: fenced blocks without a language or marked {@code sh}, {@code bash}, {@code shell} or
 * {@code console} (not {@code xml} or {@code yaml}); a line ending in {@code \} continues on the
 * next; {@code #} after a space starts a comment; {@code cd DIR} changes the folder of the block's
 * later commands. A command is a line that starts with {@code kb} or {@code ./kb}.
 *
 * <p>Skipped, with the reason: a synopsis (a token with {@code [}, {@code |}, {@code ...}, or an
 * upper-case placeholder such as {@code PATH} or {@code DIR}); a command that needs a Kubernetes
 * cluster ({@link #CLUSTER_COMMANDS}, or a comment saying {@code needs a cluster}); {@code kb
 * bench} (minutes long). A comment {@code exits N} gives the expected exit status (default 0).
 */
final class ReadmeCommands {
  /** Subcommands that talk to a cluster's API server. */
  static final Set<String> CLUSTER_COMMANDS = Set.of("apply", "diff", "roles", "switchover");

  /**
   * One command: its arguments (after {@code kb}), folder, expected status, or why it is skipped.
   */
  record Command(String line, List<String> args, String dir, int status, String skipped) {
    boolean runnable() {
      return skipped.isEmpty();
    }
  }

  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z]*)\\s*$");
  private static final Set<String> SHELL = Set.of("", "sh", "bash", "shell", "console");
  private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Z0-9_]+)*");
  private static final Pattern EXITS = Pattern.compile("\\bexits (\\d+)\\b");

  private ReadmeCommands() {}

  static List<Command> of(String markdown) {
    List<Command> commands = new ArrayList<>();
    boolean inShellBlock = false;
    boolean inBlock = false;
    String dir = ".";
    StringBuilder pending = new StringBuilder();
    for (String raw : markdown.split("\n", -1)) {
      Matcher fence = FENCE.matcher(raw);
      if (fence.matches()) {
        inBlock = !inBlock;
        inShellBlock = inBlock && SHELL.contains(fence.group(1).toLowerCase());
        dir = ".";
        pending.setLength(0);
        continue;
      }
      if (!inShellBlock) {
        continue;
      }
      String line = raw.strip();
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      line = pending + line;
      pending.setLength(0);
      String comment = comment(line);
      List<String> words = words(line.substring(0, line.length() - comment.length()));
      if (words.size() == 2 && words.get(0).equals("cd")) {
        dir = dir.equals(".") ? words.get(1) : dir + "/" + words.get(1);
      } else if (!words.isEmpty() && (words.get(0).equals("kb") || words.get(0).equals("./kb"))) {
        commands.add(command(line, words.subList(1, words.size()), dir, comment));
      }
    }
    return commands;
  }

  private static Command command(String line, List<String> args, String dir, String comment) {
    Matcher exits = EXITS.matcher(comment);
    int status = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(">")) {
        i++; // output redirected to a file: the test reads it itself
      } else {
        kept.add(args.get(i));
      }
    }
    return new Command(line, List.copyOf(kept), dir, status, skipReason(kept, comment));
  }

  private static String skipReason(List<String> args, String comment) {
    for (String arg : args) {
      if (arg.contains("[") || arg.contains("|") || arg.contains("...")) {
        return "a synopsis";
      }
      if (PLACEHOLDER.matcher(arg).matches()) {
        return "a synopsis (placeholder " + arg + ")";
      }
    }
    String subcommand = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (CLUSTER_COMMANDS.contains(subcommand) || comment.contains("needs a cluster")) {
      return "needs a cluster";
    }
    if (subcommand.equals("bench")) {
      return "a benchmark (minutes long)";
    }
    return "";
  }

  /** The trailing comment of a line: from a {@code #} after a space, outside quotes. */
  private static String comment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(i);
      }
    }
    return "";
  }

  /** Words split at spaces, with quotes removed from quoted words. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any || word.length() > 0) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (any || word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
