package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.emit.ClusterObjects;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the compile phases made of a run's Clusters.
 *
 * @param clusters each Cluster compiled without error, its objects in apply order
 * @param definitions for the kubeblocks target, the definition objects the clusters use (in apply
 *     order, for the shared definitions folder); empty otherwise
 */
public record Compilation(List<ClusterObjects> clusters, List<ObjectNode> definitions) {
  public Compilation {
    clusters = List.copyOf(clusters);
    definitions = List.copyOf(definitions);
  }

  /** Every object of the tree, definitions included. */
  public int objectCount() {
    return definitions.size() + clusters.stream().mapToInt(c -> c.objects().size()).sum();
  }
}
