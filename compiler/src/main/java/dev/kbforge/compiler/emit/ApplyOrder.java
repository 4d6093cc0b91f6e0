package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The order objects are applied in, and the Argo CD sync waves that carry the same order to Argo
 * CD. Apply order (file order in the kustomization, used by {@code kubectl apply -k} and Flux):
 * CRDs, namespaces, RBAC, KubeBlocks definitions, config, Services, PodDisruptionBudgets,
 * workloads, then everything else; within a category by kind, then name (then group and namespace
 * so equal kinds and names in other groups still sort the same way whatever the input order).
 *
 * <p>Sync waves are coarser, because Argo CD waits for every object of a wave to be healthy before
 * it starts the next one: {@code -2} CRDs (they must be Established before their custom resources),
 * {@code -1} namespaces, RBAC and KubeBlocks definitions, {@code 0} config, Services,
 * PodDisruptionBudgets and unknown kinds, {@code 1} workloads. Unknown kinds (ExternalSecrets,
 * password generators...) stay in wave 0, before the workloads, since a workload waiting for its
 * Secret in a later wave would never become healthy.
 */
public final class ApplyOrder {
  /** The sync-wave annotation read by Argo CD. */
  public static final String SYNC_WAVE = "argocd.argoproj.io/sync-wave";

  /** Categories in apply order, each with its sync wave. */
  public enum Category {
    CRD("-2"),
    NAMESPACE("-1"),
    RBAC("-1"),
    DEFINITION("-1"),
    CONFIG("0"),
    SERVICE("0"),
    DISRUPTION_BUDGET("0"),
    WORKLOAD("1"),
    OTHER("0");

    private final String syncWave;

    Category(String syncWave) {
      this.syncWave = syncWave;
    }

    public String syncWave() {
      return syncWave;
    }
  }

  private static final String KUBEBLOCKS_APPS = "apps.kubeblocks.io";
  private static final Map<String, Category> BY_KIND =
      Map.ofEntries(
          Map.entry("CustomResourceDefinition", Category.CRD),
          Map.entry("Namespace", Category.NAMESPACE),
          Map.entry("ServiceAccount", Category.RBAC),
          Map.entry("Role", Category.RBAC),
          Map.entry("RoleBinding", Category.RBAC),
          Map.entry("ClusterRole", Category.RBAC),
          Map.entry("ClusterRoleBinding", Category.RBAC),
          Map.entry("ConfigMap", Category.CONFIG),
          Map.entry("Secret", Category.CONFIG),
          Map.entry("Service", Category.SERVICE),
          Map.entry("PodDisruptionBudget", Category.DISRUPTION_BUDGET),
          Map.entry("StatefulSet", Category.WORKLOAD),
          Map.entry("InstanceSet", Category.WORKLOAD),
          Map.entry("Deployment", Category.WORKLOAD),
          Map.entry("DaemonSet", Category.WORKLOAD));

  /** KubeBlocks kinds of apps.kubeblocks.io; "Cluster" is too common a kind to match alone. */
  private static final Map<String, Category> KUBEBLOCKS =
      Map.of(
          "ClusterDefinition", Category.DEFINITION,
          "ComponentDefinition", Category.DEFINITION,
          "ComponentVersion", Category.DEFINITION,
          "ShardingDefinition", Category.DEFINITION,
          "Cluster", Category.WORKLOAD);

  private static final Comparator<ObjectNode> ORDER =
      Comparator.comparing(ApplyOrder::category)
          .thenComparing(ObjectKeys::kind)
          .thenComparing(ObjectKeys::name)
          .thenComparing(ObjectKeys::group)
          .thenComparing(ObjectKeys::namespace);

  private ApplyOrder() {}

  /** The category of an object, from its kind (and group for KubeBlocks kinds). */
  public static Category category(ObjectNode object) {
    String kind = ObjectKeys.kind(object);
    if (ObjectKeys.group(object).equals(KUBEBLOCKS_APPS) && KUBEBLOCKS.containsKey(kind)) {
      return KUBEBLOCKS.get(kind);
    }
    return BY_KIND.getOrDefault(kind, Category.OTHER);
  }

  /** The objects in apply order (a new list; the objects themselves are shared). */
  public static List<ObjectNode> sort(List<ObjectNode> objects) {
    List<ObjectNode> sorted = new ArrayList<>(objects);
    sorted.sort(ORDER);
    return sorted;
  }

  /**
   * A copy of {@code object} carrying its category's sync-wave annotation. A wave the object
   * already has is kept: lowering may know better for a particular object. Only the path to the
   * annotation is copied (the object, its metadata and annotations); everything else, the spec
   * included, is shared with {@code object}, which is not modified. (A deep copy of every object
   * was a twentieth of the compiling thread's time.)
   */
  public static ObjectNode withSyncWave(ObjectNode object) {
    ObjectNode copy = shallow(object);
    ObjectNode metadata = shallow(copy.withObjectProperty("metadata"));
    copy.set("metadata", metadata);
    ObjectNode annotations = shallow(metadata.withObjectProperty("annotations"));
    metadata.set("annotations", annotations);
    if (!annotations.has(SYNC_WAVE)) {
      annotations.put(SYNC_WAVE, category(object).syncWave());
    }
    return copy;
  }

  private static ObjectNode shallow(ObjectNode object) {
    ObjectNode copy = object.objectNode();
    copy.setAll(object);
    return copy;
  }

  /** Sorted into apply order, each with its sync wave: what a cluster folder should hold. */
  public static List<ObjectNode> prepare(List<ObjectNode> objects) {
    return sort(objects).stream().map(ApplyOrder::withSyncWave).toList();
  }
}
