package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kb cluster upgrade}: Change a component's serviceVersion (kbcli cluster upgrade); the
 * version must be offered.
 */
@Command(
    name = "upgrade",
    description = {
      "Change a component's serviceVersion (kbcli cluster upgrade); the version must be offered.",
      "",
      "The pods roll with the new images after render and apply.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster upgrade cluster.yaml --component redis --service-version 7.4.2 --addons addons/redis"
    })
final class ClusterUpgradeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Option(
      names = "--service-version",
      required = true,
      paramLabel = "VERSION",
      description =
          "The serviceVersion, one that a ComponentDefinition or ComponentVersion offers.")
  String serviceVersion;

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.Upgrade(component.component, serviceVersion));
  }
}
