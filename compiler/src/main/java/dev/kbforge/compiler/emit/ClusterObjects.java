package dev.kbforge.compiler.emit;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one Cluster compiled to: its namespace and name (the folder {@code <namespace>/<cluster>})
 * and its Kubernetes objects in apply order (see {@link ApplyOrder#prepare}).
 */
public record ClusterObjects(String namespace, String cluster, List<ObjectNode> objects) {
  public ClusterObjects {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(cluster, "cluster");
    objects = List.copyOf(objects);
  }

  /** The folder of this cluster in the tree. */
  public String folder() {
    return namespace + "/" + cluster;
  }
}
