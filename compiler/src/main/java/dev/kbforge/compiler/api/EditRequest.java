package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Edit one Cluster of a file in place.
 *
 * @param file the Cluster file
 * @param cluster the Cluster's {@code metadata.name}; {@code ""} when the file holds one Cluster
 * @param addons the addon definitions the edited file is validated against
 * @param edits what to change, in order
 * @param dryRun compute the diff, write nothing
 */
public record EditRequest(
    Path file, String cluster, List<Path> addons, List<ClusterEdit> edits, boolean dryRun) {
  public EditRequest {
    cluster = cluster == null ? "" : cluster;
    addons = List.copyOf(addons);
    edits = List.copyOf(edits);
  }
}
