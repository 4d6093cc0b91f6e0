package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kb cluster stop}: Stop components: componentSpecs[].stop: true (KubeBlocks v1); PVCs,
 * Services, config and Secrets stay.
 */
@Command(
    name = "stop",
    description = {
      "Stop components: componentSpecs[].stop: true (KubeBlocks v1); PVCs, Services, config and Secrets stay.",
      "",
      "Without --component every component stops.",
      ""
    },
    footer = {"", "Example:", "  kb cluster stop cluster.yaml --addons addons/redis"})
final class ClusterStopCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.Stop(component.component));
  }
}
