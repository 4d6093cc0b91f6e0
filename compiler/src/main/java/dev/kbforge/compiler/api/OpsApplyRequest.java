package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code kb ops apply}: carry out KubeBlocks OpsRequest documents as edits of a Cluster file.
 *
 * @param opsFile the OpsRequest file (one or more documents)
 * @param clusterFile the file that holds the Cluster each OpsRequest's {@code spec.clusterName}
 *     names
 * @param addons the addon definitions the edited file is validated against
 * @param timestamp the RFC 3339 time a Restart writes (the only non-deterministic input)
 * @param dryRun compute the diff, write nothing
 */
public record OpsApplyRequest(
    Path opsFile, Path clusterFile, List<Path> addons, String timestamp, boolean dryRun) {
  public OpsApplyRequest {
    addons = List.copyOf(addons);
  }
}
