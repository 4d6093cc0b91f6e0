package dev.kbforge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kb cluster SUBCOMMAND}: day-2 operations as edits of a Cluster file in git. */
@Command(
    name = "cluster",
    description = {
      "Create a Cluster file, or edit one in place for a day-2 operation (kbcli's cluster"
          + " commands, as git edits).",
      "",
      "Edits keep comments, key order, quoting and every untouched byte. The edited file is"
          + " validated with --addons before it is written atomically; an edit that would not"
          + " validate writes nothing and prints the diagnostics. Then commit, kb render and kb"
          + " apply (or let Argo CD sync; volume expansion on the statefulset target needs kb"
          + " apply).",
      ""
    },
    synopsisSubcommandLabel = "SUBCOMMAND",
    subcommands = {
      ClusterCreateCommand.class,
      ClusterHscaleCommand.class,
      ClusterVscaleCommand.class,
      ClusterVolumeExpandCommand.class,
      ClusterStopCommand.class,
      ClusterStartCommand.class,
      ClusterRestartCommand.class,
      ClusterUpgradeCommand.class
    },
    footer = {
      "",
      "Exit status: 0 edited (or nothing to change), 1 refused (file untouched), 2 usage error.",
      "",
      "Examples:",
      "  kb cluster create mydb --addon addons/redis > mydb.yaml",
      "  kb cluster hscale mydb.yaml --component redis --replicas 3 --addons addons/redis",
      "  kb cluster volume-expand mydb.yaml --volume data --size 50Gi --addons addons/redis"
          + " --dry-run"
    })
final class ClusterCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin HelpOption help;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
