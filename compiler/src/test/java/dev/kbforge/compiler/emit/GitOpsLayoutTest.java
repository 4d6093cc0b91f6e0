package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.configMap;
import static dev.kbforge.compiler.emit.Fixtures.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class GitOpsLayoutTest {
  private static ClusterObjects redis(String namespace) {
    return new ClusterObjects(
        namespace,
        "redis",
        ApplyOrder.prepare(
            List.of(
                object("apps/v1", "StatefulSet", namespace, "redis-main"),
                object("v1", "Service", namespace, "redis-main-headless"),
                configMap(namespace, "redis-main-env", Map.of("PORT", "6379")))));
  }

  private static List<ObjectNode> crds() {
    return List.of(
        object("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "b.example.com"),
        object("apiextensions.k8s.io/v1", "CustomResourceDefinition", null, "a.example.com"));
  }

  @Test
  void layoutHasOneFilePerObjectAndAKustomizationPerFolder() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db"), redis("cache")), crds());
    assertEquals(
        List.of(
            "cache/redis/configmap-redis-main-env.yaml",
            "cache/redis/kustomization.yaml",
            "cache/redis/service-redis-main-headless.yaml",
            "cache/redis/statefulset-redis-main.yaml",
            "crds/customresourcedefinition-a.example.com.yaml",
            "crds/customresourcedefinition-b.example.com.yaml",
            "crds/kustomization.yaml",
            "db/redis/configmap-redis-main-env.yaml",
            "db/redis/kustomization.yaml",
            "db/redis/service-redis-main-headless.yaml",
            "db/redis/statefulset-redis-main.yaml",
            "kustomization.yaml"),
        List.copyOf(tree.files().keySet()));
  }

  @Test
  void clusterKustomizationListsFilesInApplyOrderWithFifo() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db")));
    assertEquals(
        """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - configmap-redis-main-env.yaml
        - service-redis-main-headless.yaml
        - statefulset-redis-main.yaml
        sortOptions:
          order: fifo
        """,
        tree.text("db/redis/kustomization.yaml"));
  }

  @Test
  void rootKustomizationIsMarkedAndListsCrdsFirstThenSortedFolders() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db"), redis("cache")), crds());
    assertEquals(
        TreeMarker.LINE
            + "\n"
            + """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - crds
            - cache/redis
            - db/redis
            sortOptions:
              order: fifo
            """,
        tree.text("kustomization.yaml"));
    assertTrue(
        tree.text("crds/kustomization.yaml")
            .contains(
                "- customresourcedefinition-b.example.com.yaml\n"
                    + "- customresourcedefinition-a.example.com.yaml\n"));
  }

  @Test
  void withoutCrdsThereIsNoCrdsFolder() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db")));
    assertFalse(tree.files().keySet().stream().anyMatch(p -> p.startsWith("crds")));
    assertFalse(tree.text("kustomization.yaml").contains("crds"));
  }

  @Test
  void objectFilesHoldTheObjectWithItsSyncWave() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db")));
    String statefulSet = tree.text("db/redis/statefulset-redis-main.yaml");
    assertTrue(statefulSet.startsWith("apiVersion: apps/v1\nkind: StatefulSet\n"), statefulSet);
    assertEquals(
        "1",
        Fixtures.read(statefulSet)
            .at("/metadata/annotations/argocd.argoproj.io~1sync-wave")
            .asString());
  }

  @Test
  void sameClustersInAnyOrderGiveTheSameBytes() {
    List<ClusterObjects> clusters = new ArrayList<>();
    for (String namespace : List.of("a", "b", "c", "d", "e")) {
      clusters.add(redis(namespace));
    }
    OutputTree first = GitOpsLayout.build(clusters, crds());
    Random random = new Random(3);
    for (int round = 0; round < 5; round++) {
      List<ClusterObjects> shuffled = new ArrayList<>(clusters);
      Collections.shuffle(shuffled, random);
      assertEquals(first, GitOpsLayout.build(shuffled, crds()));
    }
    assertEquals(first, GitOpsLayout.build(List.copyOf(clusters), crds()));
  }

  @Test
  void noFileHoldsACarriageReturn() {
    OutputTree tree = GitOpsLayout.build(List.of(redis("db")), crds());
    tree.files().forEach((path, bytes) -> assertFalse(Fixtures.text(bytes).contains("\r"), path));
  }

  @Test
  void aFolderNameThatIsNotADnsLabelIsABug() {
    ClusterObjects bad = new ClusterObjects("..", "redis", List.of());
    assertThrows(IllegalArgumentException.class, () -> GitOpsLayout.build(List.of(bad)));
    ClusterObjects upper = new ClusterObjects("db", "Redis", List.of());
    assertThrows(IllegalArgumentException.class, () -> GitOpsLayout.build(List.of(upper)));
  }

  @Test
  void theSameClusterTwiceIsABug() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GitOpsLayout.build(List.of(redis("db"), redis("db"))));
  }

  @Test
  void aNamedTreeKeepsTheGivenNamesAndOrderUnderAMarkedKustomization() {
    Map<String, ObjectNode> files = new java.util.LinkedHashMap<>();
    List<ObjectNode> objects = crds();
    files.put("zeta.example.com.yaml", objects.get(0));
    files.put("alpha.example.com.yaml", objects.get(1));
    OutputTree tree = GitOpsLayout.named(files);
    assertEquals(
        List.of("alpha.example.com.yaml", "kustomization.yaml", "zeta.example.com.yaml"),
        List.copyOf(tree.files().keySet()));
    assertTrue(TreeMarker.isMarked(tree));
    assertTrue(
        tree.text("kustomization.yaml")
            .contains("resources:\n- zeta.example.com.yaml\n- alpha.example.com.yaml\n"),
        tree.text("kustomization.yaml"));
    assertEquals(
        Fixtures.text(ManifestWriter.write(objects.get(0))), tree.text("zeta.example.com.yaml"));
  }
}
