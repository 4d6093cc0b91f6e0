package dev.kbforge.cli;

import dev.kbforge.compiler.api.CrdResult;
import dev.kbforge.compiler.api.Kbforge;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb crds --out DIR}: one call, print what was written. */
@Command(
    name = "crds",
    description = {
      "Write the CustomResourceDefinitions of the KubeBlocks kinds to DIR.",
      "",
      "One file per kind (<plural>.<group>.yaml: ClusterDefinition, ComponentDefinition,"
          + " ComponentVersion, ShardingDefinition, Cluster, InstanceSet), generated from"
          + " kbforge's schemas, and a kustomization.yaml listing them. DIR is replaced as a"
          + " whole; it must be new, empty, or written by kbforge before.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  written",
      "  2  usage error, or DIR cannot be written",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb crds --out deploy/crds",
      "  kubectl apply --server-side -k deploy/crds"
    })
final class CrdsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder (created when missing).")
  Path out;

  @Override
  public Integer call() {
    CrdResult result = Kbforge.create().crds(out);
    spec.commandLine()
        .getOut()
        .printf(
            "kb: wrote %d files to %s (%d added, %d changed, %d unchanged, %d removed)%n",
            result.files().size(),
            result.out(),
            result.added(),
            result.changed(),
            result.unchanged(),
            result.removed());
    return 0;
  }
}
