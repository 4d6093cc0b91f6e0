package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kb cluster start}: Start stopped components again: removes componentSpecs[].stop. */
@Command(
    name = "start",
    description = {
      "Start stopped components again: removes componentSpecs[].stop.",
      "",
      "Without --component every component starts.",
      ""
    },
    footer = {"", "Example:", "  kb cluster start cluster.yaml --addons addons/redis"})
final class ClusterStartCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.Start(component.component));
  }
}
