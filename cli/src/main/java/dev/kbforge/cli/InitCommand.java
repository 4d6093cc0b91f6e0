package dev.kbforge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kb init KIND ...}: scaffolds new projects. */
@Command(
    name = "init",
    description = {"Create a new project from a template.", ""},
    synopsisSubcommandLabel = "KIND",
    subcommands = {InitAddonCommand.class},
    footer = {"", "Examples:", "  kb init addon mydb", "  kb init addon mydb --dir addons/mydb"})
final class InitCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin HelpOption help;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing kind (addon)");
  }
}
