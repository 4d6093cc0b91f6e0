package dev.kbforge.compiler.api;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code kb cluster create}: a new Cluster from an addon's definitions.
 *
 * @param name the Cluster's name
 * @param addon the addon (folder or files) whose ClusterDefinition it uses
 * @param topology the topology, {@code ""} for the ClusterDefinition's default
 * @param version the serviceVersion, {@code ""} for the newest offered
 * @param replicas replicas of every component, 0 for each component's minimum
 * @param namespace the namespace, {@code ""} for none
 * @param terminationPolicy Delete, DoNotTerminate or WipeOut
 */
public record CreateClusterRequest(
    String name,
    List<Path> addon,
    String topology,
    String version,
    int replicas,
    String namespace,
    String terminationPolicy) {
  public CreateClusterRequest {
    addon = List.copyOf(addon);
  }
}
