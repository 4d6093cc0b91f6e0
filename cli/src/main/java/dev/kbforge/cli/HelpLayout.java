package dev.kbforge.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help prints: the command list of {@code kb --help} shows each command's header or first
 * sentence (not its whole first paragraph), and help has no colours under {@code NO_COLOR} or
 * {@code --no-color} (picocli colours it on a terminal otherwise).
 */
final class HelpLayout {
  private HelpLayout() {}

  static void apply(CommandLine cli, String[] args) {
    apply(cli, args, System.getenv());
  }

  static void apply(CommandLine cli, String[] args, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    if ((noColor != null && !noColor.isEmpty()) || Arrays.asList(args).contains("--no-color")) {
      cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    }
    cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
  }

  /** {@code name first sentence} per visible subcommand, in declaration order. */
  private static String commands(Help help) {
    Map<String, Help> subcommands = help.subcommands();
    if (subcommands.isEmpty()) {
      return "";
    }
    int width = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0);
    Help.TextTable table =
        Help.TextTable.forColumns(
            help.colorScheme(),
            new Help.Column(width + 4, 2, Help.Column.Overflow.SPAN),
            new Help.Column(
                help.commandSpec().usageMessage().width() - width - 4,
                2,
                Help.Column.Overflow.WRAP));
    for (Map.Entry<String, Help> entry : subcommands.entrySet()) {
      UsageMessageSpec usage = entry.getValue().commandSpec().usageMessage();
      if (usage.hidden()) {
        continue;
      }
      String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
      String first =
          Arrays.stream(lines)
              .filter(l -> !l.isBlank())
              .findFirst()
              .map(l -> firstSentence(l.replace("%n", " ").strip()))
              .orElse("");
      table.addRowValues(
          help.colorScheme().commandText(entry.getKey()), help.colorScheme().text(first));
    }
    return table.toString();
  }

  /**
   * Up to the first full stop that ends a sentence (not the dots of "PATH..."), or to a colon
   * before it that introduces the details ("Apply the manifests under DIR to a cluster: ...").
   */
  static String firstSentence(String text) {
    Matcher stop = SENTENCE_END.matcher(text);
    String sentence = stop.find() ? text.substring(0, stop.start() + 1) : text;
    int colon = sentence.indexOf(": ");
    boolean inParentheses =
        colon >= 0 && sentence.lastIndexOf('(', colon) > sentence.lastIndexOf(')', colon);
    return colon > 0 && !inParentheses ? sentence.substring(0, colon) + "." : sentence;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\.)\\.(?!\\.)(?=\\s|$)");
}
