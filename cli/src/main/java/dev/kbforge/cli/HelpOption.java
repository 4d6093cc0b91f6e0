package dev.kbforge.cli;

import picocli.CommandLine.Option;

/** The {@code -h/--help} option every subcommand has, as a picocli mixin ({@code @Mixin}). */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
