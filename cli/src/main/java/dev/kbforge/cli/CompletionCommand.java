package dev.kbforge.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kb completion bash|zsh}: the shell completion script picocli generates from the command
 * tree ({@link AutoComplete#bash}), so it always lists the current commands and options. The script
 * serves zsh too: it loads zsh's bashcompinit itself.
 */
@Command(
    name = "completion",
    description = {
      "Print a shell completion script for kb (bash or zsh).",
      "",
      "The script completes commands, options and their values; it is generated from kb's"
          + " own command definitions, so it stays in step with them.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  source <(kb completion bash)            # this shell",
      "  kb completion bash > ~/.local/share/bash-completion/completions/kb",
      "  echo 'source <(kb completion zsh)' >> ~/.zshrc"
    })
final class CompletionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      paramLabel = "SHELL",
      completionCandidates = Shells.class,
      description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown shell '" + shell + "' (valid: bash, zsh)");
    }
    CommandLine root = spec.commandLine();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    spec.commandLine().getOut().print(AutoComplete.bash("kb", root));
    return 0;
  }

  /** The shells {@code SHELL} completes to. */
  static final class Shells extends java.util.ArrayList<String> {
    Shells() {
      super(java.util.List.of("bash", "zsh"));
    }
  }
}
