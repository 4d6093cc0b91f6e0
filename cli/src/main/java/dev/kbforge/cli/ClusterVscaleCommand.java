package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kb cluster vscale}: Set a component's CPU and memory, requests and limits alike (kbcli
 * cluster vscale).
 */
@Command(
    name = "vscale",
    description = {
      "Set a component's CPU and memory, requests and limits alike (kbcli cluster vscale).",
      "",
      "The pods roll with the new resources after render and apply.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster vscale cluster.yaml --component redis --cpu 1 --memory 2Gi --addons addons/redis"
    })
final class ClusterVscaleCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Option(names = "--cpu", paramLabel = "QUANTITY", description = "CPU, e.g. 500m or 2.")
  String cpu = "";

  @Option(names = "--memory", paramLabel = "QUANTITY", description = "Memory, e.g. 2Gi.")
  String memory = "";

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.VerticalScale(component.component, cpu, memory));
  }
}
