package dev.kbforge.compiler.compile;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the compile phases made of a run's Clusters (each compiled Cluster's objects went to the
 * sink given to {@link ClusterCompiler#compileAll} as it was done).
 *
 * @param clusters how many Clusters compiled without error
 * @param clusterObjects how many objects those Clusters compiled to
 * @param definitions for the kubeblocks target, the definition objects the clusters use (in apply
 *     order, for the shared definitions folder); empty otherwise
 * @param shared the plain Kubernetes objects of the input that belong to no single Cluster (in
 *     apply order, for the shared folder)
 */
public record Compilation(
    int clusters, int clusterObjects, List<ObjectNode> definitions, List<ObjectNode> shared) {
  public Compilation {
    definitions = List.copyOf(definitions);
    shared = List.copyOf(shared);
  }

  /** Every object of the tree, definitions and shared objects included. */
  public int objectCount() {
    return definitions.size() + shared.size() + clusterObjects;
  }
}
