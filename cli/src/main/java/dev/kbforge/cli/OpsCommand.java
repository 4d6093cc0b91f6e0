package dev.kbforge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kb ops SUBCOMMAND}: KubeBlocks OpsRequests carried out as git edits. */
@Command(
    name = "ops",
    description = {"Carry out KubeBlocks OpsRequest files as edits of a Cluster file.", ""},
    synopsisSubcommandLabel = "SUBCOMMAND",
    subcommands = {OpsApplyCommand.class},
    footer = {
      "",
      "Example:",
      "  kb ops apply scale.yaml --cluster-file mydb.yaml --addons addons/redis"
    })
final class OpsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin HelpOption help;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (apply)");
  }
}
