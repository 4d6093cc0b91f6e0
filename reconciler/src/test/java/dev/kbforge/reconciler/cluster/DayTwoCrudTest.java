package dev.kbforge.reconciler.cluster;

import static dev.kbforge.reconciler.cluster.ClusterTree.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Day-2 operations carried out by {@code kb apply} against the CRUD mock, on a StatefulSet-target
 * tree: stop and start keep the claims, volume expansion patches the claims and re-creates the
 * StatefulSet orphaning its pods, a restart changes the pod template, and the plan says each in
 * words.
 */
class DayTwoCrudTest {
  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @BeforeEach
  void applyRunningCluster() {
    ClusterTree.write(dir, "redis", "redis", "Delete", "Delete");
    fixture.apply(mock, dir);
    ClusterTree.makeClaims(mock, "redis", "redis");
    for (int i = 0; i < 2; i++) {
      mock.client
          .resource(
              Fixture.object(
                  """
                  apiVersion: v1
                  kind: Pod
                  metadata:
                    name: redis-redis-%d
                    namespace: demo
                  %sspec:
                    containers: [{name: main, image: redis:7}]
                  """
                      .formatted(i, ClusterTree.labels("redis", "redis"))))
          .create();
    }
  }

  @AfterEach
  void close() {
    mock.close();
  }

  private void edit(String from, String to) throws IOException {
    Path file = dir.resolve("redis/redis.yaml");
    String text = Files.readString(file);
    assertTrue(text.contains(from), from);
    Files.writeString(file, text.replace(from, to));
  }

  private JsonNode statefulSet() {
    GenericKubernetesResource sts =
        mock.client
            .genericKubernetesResources("apps/v1", "StatefulSet")
            .inNamespace("demo")
            .withName("redis-redis")
            .get();
    assertNotNull(sts, "the StatefulSet exists");
    return Objects.tree(sts);
  }

  private List<String> claimSizes() {
    return mock.client.persistentVolumeClaims().inNamespace("demo").list().getItems().stream()
        .map(
            c ->
                c.getMetadata().getName()
                    + "="
                    + c.getSpec().getResources().getRequests().get("storage"))
        .sorted()
        .toList();
  }

  @Test
  void stopAndStartKeepTheClaimsAndEverythingButThePods() throws IOException {
    fixture.prune = true;
    edit("replicas: 2", "replicas: 0");
    Plan stop = fixture.plan(mock, dir);
    assertTrue(
        stop.operations()
            .contains(
                "stop StatefulSet redis-redis: 2 → 0 pods; PVCs, Services, config and Secrets"
                    + " stay"),
        stop.operations().toString());
    assertEquals(List.of(), stop.steps(Action.PRUNE));
    fixture.apply(mock, dir);
    assertEquals(0, statefulSet().at("/spec/replicas").asInt());
    assertEquals(
        List.of("data-redis-redis-0", "data-redis-redis-1"),
        live(mock, "PersistentVolumeClaim", "redis"));
    assertEquals(List.of("redis-redis-headless"), live(mock, "Service", "redis"));
    assertEquals(List.of("redis-redis-env"), live(mock, "ConfigMap", "redis"));
    assertEquals(List.of("redis-redis-account-default"), live(mock, "Secret", "redis"));

    edit("replicas: 0", "replicas: 2");
    Plan start = fixture.plan(mock, dir);
    assertTrue(
        start
            .operations()
            .contains("start StatefulSet redis-redis: 0 → 2 pods, on their kept PVCs"));
    fixture.apply(mock, dir);
    assertEquals(2, statefulSet().at("/spec/replicas").asInt());
    assertEquals(
        List.of("data-redis-redis-0", "data-redis-redis-1"),
        live(mock, "PersistentVolumeClaim", "redis"));
  }

  @Test
  void volumeExpansionPatchesTheClaimsAndRecreatesTheStatefulSetAroundItsPods() throws IOException {
    edit("storage: 1Gi", "storage: 5Gi");
    Plan plan = fixture.plan(mock, dir);
    assertEquals(
        List.of(
            "expand PVC data-redis-redis-0 1Gi → 5Gi", "expand PVC data-redis-redis-1 1Gi → 5Gi"),
        plan.steps(Action.EXPAND).stream().map(Step::reason).toList());
    assertEquals(
        List.of("StatefulSet demo/redis-redis"),
        plan.steps(Action.RECREATE).stream().map(s -> s.ref().toString()).toList());
    assertEquals(
        List.of(),
        plan.steps(Action.UPDATE).stream()
            .filter(s -> s.ref().kind().equals("StatefulSet"))
            .toList());
    String text = PlanText.plan(plan);
    assertTrue(text.contains("operation: expand PVC data-redis-redis-0 1Gi → 5Gi"), text);
    assertTrue(text.contains("operation: re-create StatefulSet redis-redis"), text);
    String diff = PlanText.diff(plan);
    assertTrue(diff.contains("operation: expand PVC data-redis-redis-1 1Gi → 5Gi"), diff);

    mock.clearRequests();
    fixture.apply(mock, dir);
    assertEquals(List.of("data-redis-redis-0=5Gi", "data-redis-redis-1=5Gi"), claimSizes());
    assertEquals(
        "5Gi",
        statefulSet()
            .at("/spec/volumeClaimTemplates/0/spec/resources/requests/storage")
            .asString());
    assertEquals(2, mock.client.pods().inNamespace("demo").list().getItems().size(), "pods remain");
    List<String> writes = mock.writes();
    int patches =
        (int)
            writes.stream()
                .filter(w -> w.startsWith("PATCH") && w.contains("persistentvolumeclaims"))
                .count();
    assertEquals(2, patches, writes.toString());
    boolean orphaned =
        mock.requests().stream()
            .anyMatch(
                r ->
                    r.getMethod().equals("DELETE")
                        && r.getPath().contains("statefulsets/redis-redis")
                        && r.getBody().readUtf8().contains("Orphan"));
    assertTrue(orphaned, "the StatefulSet is deleted with propagationPolicy Orphan: " + writes);
    int deleteIndex = indexOf(writes, "DELETE", "statefulsets");
    assertTrue(
        deleteIndex > lastIndexOf(writes, "PATCH", "persistentvolumeclaims"), "claims first");
    assertTrue(indexOf(writes, "POST", "statefulsets") > deleteIndex, "created again after");
    assertEquals(List.of(), fixture.plan(mock, dir).steps(Action.RECREATE), "one re-create only");
  }

  @Test
  void aTreeThatShrinksAClaimIsRefused() throws IOException {
    edit("storage: 1Gi", "storage: 500Mi");
    InputException e = assertThrows(InputException.class, () -> fixture.plan(mock, dir));
    assertTrue(e.getMessage().contains("cannot shrink"), e.getMessage());
  }

  @Test
  void aRestartChangesThePodTemplateSoThePodsRoll() throws IOException {
    edit(
        "      labels: {app.kubernetes.io/instance: redis}\n    spec:",
        "      labels: {app.kubernetes.io/instance: redis}\n"
            + "      annotations: {kubeblocks.io/restart: \"2026-12-03T10:00:00Z\"}\n    spec:");
    Plan plan = fixture.plan(mock, dir);
    assertTrue(
        plan.operations().stream().anyMatch(o -> o.startsWith("restart StatefulSet redis-redis")),
        plan.operations().toString());
    JsonNode before = statefulSet().at("/spec/template");
    fixture.apply(mock, dir);
    JsonNode after = statefulSet().at("/spec/template");
    assertEquals(
        "2026-12-03T10:00:00Z",
        after.at("/metadata/annotations").path("kubeblocks.io/restart").asString());
    assertTrue(
        !before.equals(after), "a new pod template: the StatefulSet controller rolls the pods");
  }

  @Test
  void scaleInSaysWhichPodsGoAndWhatHappensToTheirClaims() throws IOException {
    edit("replicas: 2", "replicas: 1");
    Plan plan = fixture.plan(mock, dir);
    assertEquals(
        List.of(
            "scale in StatefulSet redis-redis: 2 → 1 pods; redis-redis-1 go, highest ordinal"
                + " first; their PVCs are deleted (persistentVolumeClaimRetentionPolicy.whenScaled:"
                + " Delete)"),
        plan.operations());
  }

  private static int indexOf(List<String> writes, String method, String path) {
    for (int i = 0; i < writes.size(); i++) {
      if (writes.get(i).startsWith(method) && writes.get(i).contains(path)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<String> writes, String method, String path) {
    int last = -1;
    for (int i = 0; i < writes.size(); i++) {
      if (writes.get(i).startsWith(method) && writes.get(i).contains(path)) {
        last = i;
      }
    }
    return last;
  }
}
