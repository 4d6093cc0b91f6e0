package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.api.EditRequest;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every {@code kb cluster} edit takes: the file, which Cluster, the addons, --dry-run. */
final class ClusterEditOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "The Cluster file, edited in place.")
  Path file;

  @Option(
      names = "--cluster",
      paramLabel = "NAME",
      description = "The Cluster to edit when FILE holds several (its metadata.name).")
  String cluster = "";

  @Option(
      names = "--addons",
      required = true,
      split = ",",
      paramLabel = "PATH",
      description =
          "Addon definitions (files or folders) the edited file is validated against before it"
              + " is written; repeat or separate with commas.")
  List<Path> addons;

  @Option(
      names = "--dry-run",
      description = "Print the change as a unified diff and write nothing.")
  boolean dryRun;

  /**
   * Makes {@code change} to the file these options name and prints the outcome; the exit status.
   */
  int apply(CommandLine.Model.CommandSpec spec, ClusterEdit change) {
    return EditPrinter.run(
        spec,
        dryRun,
        editor -> editor.edit(new EditRequest(file, cluster, addons, List.of(change), dryRun)));
  }
}
