package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which claims found by label are left over: by cluster, by component, never KubeBlocks'. */
class ClaimsTest {
  static GenericKubernetesResource labelled(String kind, String name, String component) {
    return Fixture.object(
        """
        apiVersion: %s
        kind: %s
        metadata:
          name: %s
          namespace: demo
          labels:
            app.kubernetes.io/managed-by: kubeblocks
            app.kubernetes.io/instance: redis
            apps.kubeblocks.io/component-name: %s
        spec:
          resources: {requests: {storage: 3Gi}}
        """
            .formatted(
                kind.equals("Cluster") ? "apps.kubeblocks.io/v1" : "v1", kind, name, component));
  }

  static final GenericKubernetesResource SENTINEL_CLAIM =
      labelled("PersistentVolumeClaim", "data-redis-sentinel-0", "sentinel");
  static final GenericKubernetesResource REDIS_CLAIM =
      labelled("PersistentVolumeClaim", "data-redis-redis-0", "redis");

  private static List<String> steps(List<GenericKubernetesResource> desired) {
    ApplySet set = ApplySet.of("t", Set.of("demo"));
    LiveState live = new LiveState(Map.of(), List.of(), null, List.of(SENTINEL_CLAIM, REDIS_CLAIM));
    return Claims.steps(set, live, Set.of(), desired, Map.of("demo/redis", "Delete")).stream()
        .map(s -> s.action().label() + " " + s.ref() + ": " + s.reason())
        .toList();
  }

  @Test
  void theClaimsOfAComponentThatLeftTheTreeGoAndTheOthersStay() {
    assertEquals(
        List.of(
            "prune PersistentVolumeClaim demo/data-redis-sentinel-0: component demo/redis/sentinel"
                + " left the tree, terminationPolicy Delete: deletes its data (3Gi requested)"),
        steps(List.of(labelled("ConfigMap", "redis-redis-env", "redis"))));
  }

  @Test
  void aClusterThatLeftTheTreeLosesAllItsClaims() {
    assertEquals(2, steps(List.of()).size());
  }

  @Test
  void aClusterKubeBlocksRunsKeepsItsClaimsWhileItIsInTheTree() {
    assertEquals(List.of(), steps(List.of(labelled("Cluster", "redis", "none"))));
  }
}
