package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kb cluster volume-expand}: Grow a volumeClaimTemplate's storage (kbcli cluster
 * volume-expand); shrinking is refused.
 */
@Command(
    name = "volume-expand",
    description = {
      "Grow a volumeClaimTemplate's storage (kbcli cluster volume-expand); shrinking is refused.",
      "",
      "At run time the StorageClass must allow volume expansion (allowVolumeExpansion: true). kb apply patches the live PVCs and, on the statefulset target, re-creates the StatefulSet with orphaned pods.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  kb cluster volume-expand cluster.yaml --component redis --volume data --size 100Gi --addons addons/redis"
    })
final class ClusterVolumeExpandCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ClusterEditOptions edit;

  @Mixin ComponentOption component;

  @Option(
      names = {"--volume", "--volume-claim-templates", "-t"},
      required = true,
      paramLabel = "NAME",
      description = "The volumeClaimTemplate, e.g. data.")
  String volume;

  @Option(
      names = {"--size", "--storage"},
      required = true,
      paramLabel = "QUANTITY",
      description = "The new size, e.g. 100Gi; at least the current one.")
  String size;

  @Override
  public Integer call() {
    return edit.apply(spec, new ClusterEdit.VolumeExpand(component.component, volume, size));
  }
}
