package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ApplyOrderTest {
  private static final List<ObjectNode> IN_APPLY_ORDER =
      List.of(
          object("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "a.example.com"),
          object("v1", "Namespace", null, "db"),
          object("rbac.authorization.k8s.io/v1", "ClusterRole", null, "z"),
          object("rbac.authorization.k8s.io/v1", "Role", "db", "r"),
          object("rbac.authorization.k8s.io/v1", "RoleBinding", "db", "r"),
          object("v1", "ServiceAccount", "db", "kb-redis"),
          object("apps.kubeblocks.io/v1", "ComponentDefinition", null, "redis-7"),
          object("v1", "ConfigMap", "db", "a"),
          object("v1", "ConfigMap", "db", "b"),
          object("v1", "Secret", "db", "a"),
          object("v1", "Service", "db", "redis"),
          object("policy/v1", "PodDisruptionBudget", "db", "redis"),
          object("apps.kubeblocks.io/v1", "Cluster", "db", "redis"),
          object("workloads.kubeblocks.io/v1", "InstanceSet", "db", "redis"),
          object("apps/v1", "StatefulSet", "db", "redis"),
          object("example.com/v1", "Cluster", "db", "redis"),
          object("external-secrets.io/v1", "ExternalSecret", "db", "redis"),
          object("other.io/v1", "ExternalSecret", "db", "redis"));

  @Test
  void sortsByCategoryThenKindThenNameWhateverTheInputOrder() {
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<ObjectNode> shuffled = new ArrayList<>(IN_APPLY_ORDER);
      Collections.shuffle(shuffled, random);
      assertEquals(IN_APPLY_ORDER, ApplyOrder.sort(shuffled));
    }
  }

  @Test
  void kubeBlocksKindsAreMatchedWithTheirGroup() {
    assertEquals(ApplyOrder.Category.WORKLOAD, ApplyOrder.category(IN_APPLY_ORDER.get(12)));
    assertEquals(ApplyOrder.Category.OTHER, ApplyOrder.category(IN_APPLY_ORDER.get(15)));
    assertEquals(ApplyOrder.Category.DEFINITION, ApplyOrder.category(IN_APPLY_ORDER.get(6)));
  }

  @Test
  void syncWavesRiseFromCrdsToWorkloads() {
    List<String> waves =
        IN_APPLY_ORDER.stream()
            .map(ApplyOrder::withSyncWave)
            .map(o -> o.at("/metadata/annotations").path(ApplyOrder.SYNC_WAVE).asString())
            .toList();
    assertEquals(
        List.of(
            "-2", "-1", "-1", "-1", "-1", "-1", "-1", "0", "0", "0", "0", "0", "1", "1", "1", "0",
            "0", "0"),
        waves);
  }

  @Test
  void anExistingSyncWaveIsKeptAndTheArgumentIsNotModified() {
    ObjectNode service = object("v1", "Service", "db", "redis");
    service.withObjectProperty("metadata").putObject("annotations").put(ApplyOrder.SYNC_WAVE, "5");
    assertEquals(
        "5",
        ApplyOrder.withSyncWave(service)
            .at("/metadata/annotations/" + "argocd.argoproj.io~1sync-wave")
            .asString());
    ObjectNode plain = object("v1", "Service", "db", "redis");
    ApplyOrder.withSyncWave(plain);
    assertEquals(object("v1", "Service", "db", "redis"), plain);
  }

  @Test
  void annotationsAlreadyThereStayOnTheArgumentAsTheyWere() {
    ObjectNode service = object("v1", "Service", "db", "redis");
    service.withObjectProperty("metadata").putObject("annotations").put("team", "a");
    service.putObject("spec").put("type", "ClusterIP");
    ObjectNode before = service.deepCopy();

    ObjectNode waved = ApplyOrder.withSyncWave(service);

    assertEquals(before, service);
    assertEquals("a", waved.at("/metadata/annotations/team").asString());
    assertEquals("0", waved.at("/metadata/annotations").path(ApplyOrder.SYNC_WAVE).asString());
    assertSame(service.get("spec"), waved.get("spec"), "below the metadata nothing is copied");
  }

  @Test
  void prepareSortsAndAnnotates() {
    List<ObjectNode> prepared =
        ApplyOrder.prepare(
            List.of(
                object("apps/v1", "StatefulSet", "db", "s"), object("v1", "ConfigMap", "db", "c")));
    assertEquals("ConfigMap", prepared.get(0).path("kind").asString());
    assertEquals(
        "1", prepared.get(1).at("/metadata/annotations").path(ApplyOrder.SYNC_WAVE).asString());
  }
}
