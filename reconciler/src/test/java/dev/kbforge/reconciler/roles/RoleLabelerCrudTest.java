package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.testing.MockCluster;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The role labeler against the CRUD mock, with a fake probe instead of exec. */
class RoleLabelerCrudTest {
  final MockCluster mock = MockCluster.crud();
  final Pods pods = new Pods();
  final RoleLabeler labeler = new RoleLabeler(mock.client, pods, pods);
  final RoleWorkload redis = Pods.redis("redis", 1);

  @AfterEach
  void close() {
    mock.close();
  }

  void pods(String... rolesOfReadyPods) {
    for (int i = 0; i < rolesOfReadyPods.length; i++) {
      Pods.create(mock.client, Pods.pod("redis-" + i, "redis", true, rolesOfReadyPods[i]));
    }
    mock.clearRequests();
  }

  List<String> patches() {
    return mock.writes().stream().filter(w -> w.startsWith("PATCH")).toList();
  }

  @Test
  void labelsEachReadyPodWithTheRoleItReports() {
    pods(null, null);
    pods.answers.put("redis-0", "primary\n");
    pods.answers.put("redis-1", "Secondary 7");

    List<LabelChange> changes = labeler.label(redis);

    assertEquals("primary", Pods.role(mock.client, "redis-0"));
    assertEquals("secondary", Pods.role(mock.client, "redis-1"));
    assertEquals(
        List.of(
            "Pod demo/redis-0: kubeblocks.io/role (none) -> primary",
            "Pod demo/redis-1: kubeblocks.io/role (none) -> secondary"),
        changes.stream().map(LabelChange::toString).toList());
    assertEquals(changes, pods.changes);
    assertEquals(2, patches().size(), String.valueOf(mock.writes()));
    assertEquals(List.of(), pods.warnings);
  }

  @Test
  void anUnchangedRoleIsNotWritten() {
    pods("primary", "secondary");
    pods.answers.put("redis-0", "primary");
    pods.answers.put("redis-1", "secondary");

    assertEquals(List.of(), labeler.label(redis));
    assertEquals(List.of(), mock.writes());
  }

  @Test
  void aRoleTheComponentDoesNotDefineRemovesTheLabel() {
    pods("secondary");
    pods.answers.put("redis-0", "learner");

    labeler.label(redis);

    assertNull(Pods.role(mock.client, "redis-0"));
    assertEquals(1, patches().size());
  }

  @Test
  void anythingElseIsIgnoredWithAWarning() {
    pods("secondary", "secondary");
    pods.answers.put("redis-0", "I am the primary");
    pods.answers.put("redis-1", "");

    assertEquals(List.of(), labeler.label(redis));

    assertEquals("secondary", Pods.role(mock.client, "redis-0"));
    assertEquals(List.of(), mock.writes());
    assertEquals(2, pods.warnings.size(), String.valueOf(pods.warnings));
    assertTrue(pods.warnings.get(0).startsWith("Pod demo/redis-0: "), pods.warnings.get(0));
  }

  @Test
  void aProbeWithoutAnswerLeavesTheLabel() {
    pods("primary");
    assertEquals(List.of(), labeler.label(redis));
    assertEquals("primary", Pods.role(mock.client, "redis-0"));
  }

  @Test
  void onlyReadyPodsOfTheWorkloadAreProbed() {
    Pods.create(mock.client, Pods.pod("redis-0", "redis", true, null));
    Pods.create(mock.client, Pods.pod("redis-1", "redis", false, "secondary"));
    Pods.create(mock.client, Pods.pod("other-0", "other", true, null));
    pods.answers.put("redis-1", "primary");

    labeler.label(redis);

    assertEquals(List.of("redis-0"), pods.probed);
    assertEquals("secondary", Pods.role(mock.client, "redis-1"));
  }

  @Test
  void anExclusiveRoleLeavesItsFormerHolder() {
    Pods.create(mock.client, Pods.pod("redis-0", "redis", false, "primary"));
    Pods.create(mock.client, Pods.pod("redis-1", "redis", true, "secondary"));
    pods.answers.put("redis-1", "primary");

    labeler.label(redis);

    assertNull(Pods.role(mock.client, "redis-0"));
    assertEquals("primary", Pods.role(mock.client, "redis-1"));
  }

  @Test
  void aSharedRoleStaysOnEveryPod() {
    pods("secondary", null, null);
    pods.answers.put("redis-1", "secondary");
    pods.answers.put("redis-2", "secondary");

    labeler.label(redis);

    assertEquals("secondary", Pods.role(mock.client, "redis-0"));
    assertEquals("secondary", Pods.role(mock.client, "redis-1"));
    assertEquals("secondary", Pods.role(mock.client, "redis-2"));
  }

  @Test
  void whenTwoPodsClaimAnExclusiveRoleTheNewestReportWins() {
    pods(null, null);
    pods.answers.put("redis-0", "primary 9");
    pods.answers.put("redis-1", "primary 5");

    labeler.label(redis);

    assertEquals("primary", Pods.role(mock.client, "redis-0"));
    assertNull(Pods.role(mock.client, "redis-1"));
    assertEquals(1, pods.warnings.size(), String.valueOf(pods.warnings));
  }

  @Test
  void passCoversEveryWorkload() {
    Pods.create(mock.client, Pods.pod("redis-0", "redis", true, null));
    Pods.create(mock.client, Pods.pod("cache-0", "cache", true, null));
    pods.answers.put("redis-0", "primary");
    pods.answers.put("cache-0", "primary");

    List<LabelChange> changes = labeler.pass(List.of(redis, Pods.redis("cache", 1)));

    assertEquals(2, changes.size());
    assertEquals("primary", Pods.role(mock.client, "cache-0"));
  }

  @Test
  void aForbiddenListIsAWarning() {
    try (MockCluster strict = MockCluster.expectations()) {
      strict
          .server
          .expect()
          .get()
          .withPath(
              "/api/v1/namespaces/demo/pods?labelSelector=app.kubernetes.io%2Finstance%3Dredis")
          .andReturn(403, "{}")
          .once();
      RoleLabeler forbidden = new RoleLabeler(strict.client, pods, pods);

      assertEquals(List.of(), forbidden.label(redis));

      assertEquals(List.of(), pods.probed);
      assertEquals(1, pods.warnings.size());
      assertTrue(
          pods.warnings.get(0).startsWith("cannot list the pods of StatefulSet demo/redis: "),
          pods.warnings.get(0));
    }
  }
}
