package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb cluster hscale}: Set a component's replicas (kbcli cluster hscale). */
@Command(
    name = "hscale",
    description = {
      "Set a component's replicas (kbcli cluster hscale).",
      "",
      "Scaling in removes the highest ordinals; their PVCs follow the persistentVolumeClaimRetentionPolicy (whenScaled).",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster hscale cluster.yaml --component redis --replicas 3 --addons addons/redis"
    })
final class ClusterHscaleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Option(
      names = "--replicas",
      required = true,
      paramLabel = "N",
      description =
          "The new number of replicas; must lie within the replicasLimit of the ComponentDefinition.")
  int replicas;

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.HorizontalScale(component.component, replicas));
  }
}
