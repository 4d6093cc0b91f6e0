package dev.kbforge.reconciler.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order objects are applied in: CRDs, Namespaces, RBAC, ConfigMaps and Secrets, Services,
 * workloads, then everything else. Sorting is stable, so the tree's own order (kustomization order)
 * holds within a category.
 */
public final class ApplyOrder {
  /** Categories in apply order. */
  public enum Category {
    CRD,
    NAMESPACE,
    RBAC,
    CONFIG,
    SERVICE,
    WORKLOAD,
    OTHER
  }

  private static final Map<String, Category> BY_KIND =
      Map.ofEntries(
          Map.entry("CustomResourceDefinition", Category.CRD),
          Map.entry("Namespace", Category.NAMESPACE),
          Map.entry("ServiceAccount", Category.RBAC),
          Map.entry("Role", Category.RBAC),
          Map.entry("ClusterRole", Category.RBAC),
          Map.entry("RoleBinding", Category.RBAC),
          Map.entry("ClusterRoleBinding", Category.RBAC),
          Map.entry("ConfigMap", Category.CONFIG),
          Map.entry("Secret", Category.CONFIG),
          Map.entry("Service", Category.SERVICE),
          Map.entry("StatefulSet", Category.WORKLOAD),
          Map.entry("Deployment", Category.WORKLOAD),
          Map.entry("InstanceSet", Category.WORKLOAD),
          Map.entry("DaemonSet", Category.WORKLOAD));

  private ApplyOrder() {}

  public static Category category(String kind) {
    return BY_KIND.getOrDefault(kind, Category.OTHER);
  }

  /** A new list of {@code objects} in apply order (stable within a category). */
  public static <T> List<T> sort(List<T> objects, Function<T, String> kind) {
    return objects.stream().sorted(Comparator.comparing(o -> category(kind.apply(o)))).toList();
  }
}
