package dev.kbforge.reconciler.model;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * Which object: group, kind, namespace ({@code ""} when cluster-scoped) and name. The version is
 * left out on purpose: {@code apps/v1} and {@code apps/v1beta2} name the same stored object.
 */
public record ObjectRef(String group, String kind, String namespace, String name)
    implements Comparable<ObjectRef> {

  public static ObjectRef of(HasMetadata object) {
    String namespace = object.getMetadata().getNamespace();
    return new ObjectRef(
        Objects.group(object.getApiVersion()),
        object.getKind(),
        namespace == null ? "" : namespace,
        object.getMetadata().getName());
  }

  public GroupKind groupKind() {
    return new GroupKind(group, kind);
  }

  public boolean namespaced() {
    return !namespace.isEmpty();
  }

  /** {@code Kind namespace/name}, or {@code Kind name} when cluster-scoped. */
  @Override
  public String toString() {
    return kind + " " + (namespace.isEmpty() ? name : namespace + "/" + name);
  }

  @Override
  public int compareTo(ObjectRef o) {
    return toString().compareTo(o.toString());
  }
}
