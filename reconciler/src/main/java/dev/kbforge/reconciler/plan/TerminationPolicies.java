package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terminationPolicy of each cluster ({@code namespace/cluster}), which decides what prune may
 * delete. Read from the tree (a KubeBlocks Cluster object's {@code spec.terminationPolicy}, or the
 * {@link Keys#TERMINATION_POLICY} annotation on any object of the cluster), else from what the
 * ApplySet parent recorded at an earlier apply, else from that annotation on live members.
 */
final class TerminationPolicies {
  static final String DO_NOT_TERMINATE = "DoNotTerminate";
  static final String DELETE = "Delete";
  static final String WIPE_OUT = "WipeOut";

  private TerminationPolicies() {}

  /** Whether the policy deletes the cluster's data with it: Delete and WipeOut. */
  static boolean deletesData(String policy) {
    return DELETE.equals(policy) || WIPE_OUT.equals(policy);
  }

  /**
   * {@code namespace/cluster} of an object labelled {@code app.kubernetes.io/instance}, or null.
   */
  static String clusterOf(HasMetadata object) {
    String instance = Objects.label(object, Keys.INSTANCE);
    if (isKubeBlocksCluster(object)) {
      instance = object.getMetadata().getName();
    }
    if (instance == null) {
      return null;
    }
    String namespace = object.getMetadata().getNamespace();
    return (namespace == null ? "" : namespace) + "/" + instance;
  }

  /** Policies from objects: Cluster objects' spec, then the annotation. */
  static Map<String, String> from(Collection<GenericKubernetesResource> objects) {
    Map<String, String> policies = new TreeMap<>();
    for (GenericKubernetesResource object : objects) {
      String cluster = clusterOf(object);
      if (cluster == null) {
        continue;
      }
      String annotated = Objects.annotation(object, Keys.TERMINATION_POLICY);
      if (annotated != null) {
        policies.putIfAbsent(cluster, annotated);
      }
      if (isKubeBlocksCluster(object)) {
        Object spec = object.getAdditionalProperties().get("spec");
        if (spec instanceof Map<?, ?> map && map.get("terminationPolicy") instanceof String p) {
          policies.put(cluster, p);
        }
      }
    }
    return policies;
  }

  /** Tree first, then the recorded ones, then the live members'. */
  static Map<String, String> resolve(
      Map<String, String> tree, Map<String, String> recorded, Map<String, String> live) {
    Map<String, String> all = new TreeMap<>(live);
    all.putAll(recorded);
    all.putAll(tree);
    return all;
  }

  /** Whether {@code object} is a KubeBlocks Cluster (the kubeblocks target passes it on). */
  static boolean isKubeBlocksCluster(HasMetadata object) {
    return "Cluster".equals(object.getKind())
        && "apps.kubeblocks.io".equals(Objects.group(object.getApiVersion()));
  }
}
