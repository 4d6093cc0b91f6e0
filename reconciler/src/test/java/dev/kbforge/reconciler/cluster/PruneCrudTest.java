package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --prune against the CRUD mock: what goes, what stays and why. */
class PruneCrudTest {
  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  static String configMap(String name, String cluster, String annotations) {
    return """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: %s
          namespace: demo
          labels:
            app.kubernetes.io/instance: %s
          annotations: {%s}
        data:
          k: v
        """
        .formatted(name, cluster, annotations);
  }

  static final String CLAIM =
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data-redis-0
        namespace: demo
        labels:
          app.kubernetes.io/instance: redis
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
      """;

  private List<String> stepsOf(Action action, List<Step> steps) {
    return steps.stream().filter(s -> s.action() == action).map(s -> s.ref().toString()).toList();
  }

  private boolean exists(String kind, String name) {
    return mock.client
            .genericKubernetesResources("v1", kind)
            .inNamespace("demo")
            .withName(name)
            .get()
        != null;
  }

  @Test
  void prunesWhatLeftTheTreeOnlyWithPrune() {
    Fixture.write(dir, "a.yaml", configMap("a", "redis", ""));
    Fixture.write(dir, "b.yaml", configMap("b", "redis", ""));
    fixture.apply(mock, dir);
    dir.resolve("b.yaml").toFile().delete();

    var kept = fixture.apply(mock, dir);
    assertEquals(List.of("ConfigMap demo/b"), stepsOf(Action.KEEP, kept.plan().steps()));
    assertNotNull(mock.client.configMaps().inNamespace("demo").withName("b").get());

    fixture.prune = true;
    var pruned = fixture.apply(mock, dir);
    assertEquals(List.of("ConfigMap demo/b"), stepsOf(Action.PRUNE, pruned.plan().steps()));
    assertNull(mock.client.configMaps().inNamespace("demo").withName("b").get());
    assertNotNull(mock.client.configMaps().inNamespace("demo").withName("a").get());
  }

  @Test
  void keepsClaimsWhileThePolicyIsUnknownAndDeletesThemOnlyWhenConfirmed() {
    Fixture.write(dir, "a.yaml", configMap("a", "redis", ""));
    Fixture.write(dir, "pvc.yaml", CLAIM);
    fixture.apply(mock, dir);
    dir.resolve("pvc.yaml").toFile().delete();
    fixture.prune = true;

    var kept = fixture.apply(mock, dir);
    assertEquals(
        List.of("PersistentVolumeClaim demo/data-redis-0"),
        stepsOf(Action.KEEP, kept.plan().steps()));
    assertEquals(true, exists("PersistentVolumeClaim", "data-redis-0"));

    Fixture.write(dir, "a.yaml", configMap("a", "redis", "kbforge.dev/termination-policy: Delete"));
    assertThrows(ReconcileException.class, () -> fixture.apply(mock, dir));
    assertEquals(true, exists("PersistentVolumeClaim", "data-redis-0"));

    fixture.deleteClaims = true;
    var deleted = fixture.apply(mock, dir);
    assertEquals(
        List.of("PersistentVolumeClaim demo/data-redis-0"),
        stepsOf(Action.PRUNE, deleted.plan().steps()));
    assertEquals(
        "no longer in the tree (1Gi requested)",
        deleted.plan().steps(Action.PRUNE).get(0).reason());
    assertEquals(false, exists("PersistentVolumeClaim", "data-redis-0"));
  }

  @Test
  void doNotTerminateKeepsEverythingOfTheClusterEvenAfterItLeftTheTree() {
    Fixture.write(
        dir, "a.yaml", configMap("a", "redis", "kbforge.dev/termination-policy: DoNotTerminate"));
    Fixture.write(dir, "b.yaml", configMap("b", "redis", ""));
    Fixture.write(dir, "pvc.yaml", CLAIM);
    Fixture.write(dir, "other.yaml", configMap("other", "pg", ""));
    fixture.apply(mock, dir);
    for (String file : List.of("a.yaml", "b.yaml", "pvc.yaml")) {
      dir.resolve(file).toFile().delete();
    }
    fixture.prune = true;

    var result = fixture.apply(mock, dir);

    List<Step> kept = result.plan().steps(Action.KEEP);
    assertEquals(3, kept.size());
    kept.forEach(
        s ->
            assertTrue(
                s.reason().startsWith("cluster demo/redis has terminationPolicy DoNotTerminate"),
                s.reason()));
    assertEquals(List.of(), result.plan().steps(Action.PRUNE));
    assertEquals(true, exists("ConfigMap", "a"));
    assertEquals(true, exists("ConfigMap", "b"));
    assertEquals(true, exists("PersistentVolumeClaim", "data-redis-0"));
  }

  @Test
  void keepsObjectsAnnotatedNotToPrune() {
    Fixture.write(dir, "a.yaml", configMap("a", "redis", ""));
    Fixture.write(
        dir,
        "argo.yaml",
        configMap("argo", "redis", "argocd.argoproj.io/sync-options: Prune=false"));
    Fixture.write(
        dir,
        "flux.yaml",
        configMap("flux", "redis", "kustomize.toolkit.fluxcd.io/prune: disabled"));
    fixture.apply(mock, dir);
    dir.resolve("argo.yaml").toFile().delete();
    dir.resolve("flux.yaml").toFile().delete();
    fixture.prune = true;

    var result = fixture.apply(mock, dir);

    assertEquals(
        List.of("ConfigMap demo/argo", "ConfigMap demo/flux"),
        stepsOf(Action.KEEP, result.plan().steps()));
    assertEquals(true, exists("ConfigMap", "argo"));
    assertEquals(true, exists("ConfigMap", "flux"));
  }
}
