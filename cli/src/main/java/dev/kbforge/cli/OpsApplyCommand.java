package dev.kbforge.cli;

import dev.kbforge.compiler.api.OpsApplyRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb ops apply OPSREQUEST.yaml --cluster-file FILE}. */
@Command(
    name = "apply",
    description = {
      "Apply OpsRequest documents (operations.kubeblocks.io/v1alpha1) to the Cluster file as"
          + " edits: HorizontalScaling, VerticalScaling, VolumeExpansion, Stop, Start, Restart,"
          + " Upgrade. Each OpsRequest's spec.clusterName picks the Cluster. Switchover is a"
          + " runtime operation (kb switchover) and never an edit; other types are refused at"
          + " their type: line. The edited file is validated with --addons before it is written.",
      ""
    },
    footer = {
      "",
      "Exit status: 0 edited, 1 refused (file untouched), 2 usage error.",
      "",
      "Example:",
      "  kb ops apply restart.yaml --cluster-file mydb.yaml --addons addons/redis --dry-run"
    })
final class OpsApplyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "OPSREQUEST", description = "The OpsRequest file.")
  Path ops;

  @Option(
      names = "--cluster-file",
      required = true,
      paramLabel = "FILE",
      description = "The file holding the Cluster; edited in place.")
  Path clusterFile;

  @Option(
      names = "--addons",
      required = true,
      split = ",",
      paramLabel = "PATH",
      description = "Addon definitions the edited file is validated against.")
  List<Path> addons;

  @Option(
      names = "--time",
      paramLabel = "RFC3339",
      description = "The time a Restart writes (default: now, UTC, whole seconds).")
  String time = RestartTime.now();

  @Option(names = "--dry-run", description = "Print the change as a unified diff; write nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    return EditPrinter.run(
        spec,
        dryRun,
        editor -> editor.applyOps(new OpsApplyRequest(ops, clusterFile, addons, time, dryRun)));
  }
}
