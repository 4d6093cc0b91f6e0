package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kb cluster restart}: Restart components: sets the annotation kubeblocks.io/restart to the
 * time, as KubeBlocks' Restart operation does.
 */
@Command(
    name = "restart",
    description = {
      "Restart components: sets the annotation kubeblocks.io/restart to the time, as KubeBlocks' Restart operation does.",
      "",
      "The pod template changes, so the pods roll after render and apply. Without --component every component restarts.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster restart cluster.yaml --component redis --addons addons/redis"
    })
final class ClusterRestartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Option(
      names = "--time",
      paramLabel = "RFC3339",
      description = "The restart time written (default: now, UTC, whole seconds).")
  String time = RestartTime.now();

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.Restart(component.component, time));
  }
}
