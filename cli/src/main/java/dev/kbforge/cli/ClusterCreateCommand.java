package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEditor;
import dev.kbforge.compiler.api.CreateClusterRequest;
import dev.kbforge.compiler.api.CreateClusterResult;
import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb cluster create NAME --addon PATH}: a new commented Cluster on stdout. */
@Command(
    name = "create",
    description = {
      "Print a new Cluster of an addon's ClusterDefinition, every field commented (kbcli cluster"
          + " create). It is validated with the addon first.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster create mydb --addon addons/redis --replicas 2 > mydb.yaml"
    })
final class ClusterCreateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "NAME", description = "The Cluster's name.")
  String name;

  @Option(
      names = "--addon",
      required = true,
      split = ",",
      paramLabel = "PATH",
      description = "The addon (folder or files) whose ClusterDefinition the Cluster uses.")
  List<Path> addon;

  @Option(names = "--topology", paramLabel = "T", description = "Topology (default: the addon's).")
  String topology = "";

  @Option(names = "--version", paramLabel = "V", description = "serviceVersion of every component.")
  String version = "";

  @Option(
      names = "--replicas",
      paramLabel = "N",
      description = "Replicas of every component (default: each one's minimum).")
  int replicas;

  @Option(names = "--namespace", paramLabel = "NS", description = "metadata.namespace.")
  String namespace = "";

  @Option(
      names = "--termination-policy",
      paramLabel = "P",
      defaultValue = "Delete",
      description = "Delete (default), DoNotTerminate or WipeOut.")
  String terminationPolicy;

  @Override
  public Integer call() {
    CreateClusterResult result;
    try {
      result =
          ClusterEditor.create()
              .newCluster(
                  new CreateClusterRequest(
                      name, addon, topology, version, replicas, namespace, terminationPolicy));
    } catch (InputException e) {
      spec.commandLine().getErr().println("kb: " + e.getMessage());
      return 1;
    }
    if (!result.diagnostics().isEmpty()) {
      spec.commandLine()
          .getErr()
          .print(
              DiagnosticFormatter.format(
                  new ValidateResult(result.diagnostics(), 1, 1), OutputFormat.TEXT));
    }
    if (result.hasErrors()) {
      return 1;
    }
    spec.commandLine().getOut().print(result.yaml());
    return 0;
  }
}
