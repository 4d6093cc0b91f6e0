package dev.kbforge.cli;

import picocli.CommandLine.Option;

/** {@code --no-color}, for the commands that print diagnostics (a picocli mixin). */
final class ColorOption {
  @Option(
      names = "--no-color",
      description =
          "Print the text format without colours. Colours are used only on a terminal, and never"
              + " when the NO_COLOR environment variable is set.")
  boolean noColor;

  /** {@code text} coloured when colours are on for the text format. */
  String apply(String text, boolean textFormat) {
    return textFormat && Colors.enabled(noColor) ? Colors.paint(text) : text;
  }
}
