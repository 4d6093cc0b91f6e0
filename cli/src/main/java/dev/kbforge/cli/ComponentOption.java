package dev.kbforge.cli;

import picocli.CommandLine.Option;

/** {@code --component NAME} (kbcli's {@code --components} is accepted too). */
final class ComponentOption {
  @Option(
      names = {"--component", "--components"},
      paramLabel = "NAME",
      description =
          "The component (componentSpecs[] or shardings[] name); may be left out when the Cluster"
              + " has one.")
  String component = "";
}
