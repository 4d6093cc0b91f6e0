package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * On the StatefulSet target, kb apply does what KubeBlocks' InstanceSet controller does when a
 * config template with a reconfigure action changes
 * (pkg/controller/instanceset/reconciler_update.go reconfigure, instance_util.go configsToUpdate):
 * it calls the action once per pod through kbagent (answered here in expectation mode), records the
 * new hash on the pod, and leaves the pod template alone, so nothing rolls.
 */
class ReconfigureMockTest {
  @TempDir Path dir;
  final Fixture fixture = new Fixture();

  private static String path(int ordinal) {
    return KbAgent.actionPath("demo", "demo-redis-" + ordinal);
  }

  private static void answer(MockCluster mock, int ordinal, int code, String body, int times) {
    mock.server.expect().post().withPath(path(ordinal)).andReturn(code, body).times(times);
  }

  /** A kbagent call: the pod and the request body (read once: reading consumes it). */
  record AgentCall(String pod, JsonNode body) {}

  private static List<AgentCall> agentCalls(MockCluster mock) {
    List<AgentCall> calls = new ArrayList<>();
    for (RecordedRequest r : mock.requests()) {
      if (r.getPath().endsWith("/proxy/v1.0/action")) {
        calls.add(
            new AgentCall(
                r.getPath().split("/pods/")[1].split(":")[0],
                Serialization.jsonMapper().readTree(r.getBody().readUtf8())));
      }
    }
    return calls;
  }

  /** The kbagent calls so far, as {@code action pod}, in the order made. */
  private static List<String> calls(List<AgentCall> calls) {
    return calls.stream().map(c -> c.body().path("action").asString() + " " + c.pod()).toList();
  }

  private static List<String> calls(MockCluster mock) {
    return calls(agentCalls(mock));
  }

  /** Applies the tree, then waits until the kubelet has made both pods. */
  private void create(KubernetesClient client) throws InterruptedException {
    apply(client);
    for (int i = 0;
        i < 500 && client.pods().inNamespace("demo").list().getItems().size() < 2;
        i++) {
      Thread.sleep(10);
    }
  }

  private void apply(KubernetesClient client) {
    try (Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
      r.apply();
    }
  }

  private static String recorded(KubernetesClient client, int ordinal) {
    Pod pod = client.pods().inNamespace("demo").withName("demo-redis-" + ordinal).get();
    var annotations = pod.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get("config.kubeblocks.io/config-hash");
  }

  private static String template(KubernetesClient client) {
    return Serialization.asJson(
        client
            .apps()
            .statefulSets()
            .inNamespace("demo")
            .withName("demo-redis")
            .get()
            .getSpec()
            .getTemplate());
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aChangedConfigIsReloadedOncePerPodWithoutTouchingThePodTemplate() throws Exception {
    ReconfigureTree.write(dir, "maxmemory 1");
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      create(client);
      assertEquals(List.of(), calls(mock), "new pods start with the tree's content");
      String before = template(client);

      ReconfigureTree.write(dir, "maxmemory 2");
      mock.clearRequests();
      answer(mock, 0, 200, "{}", 1);
      answer(mock, 1, 200, "{}", 1);
      apply(client);
      String action = ReconfigureTree.ACTION;
      List<AgentCall> made = agentCalls(mock);
      assertEquals(List.of(action + " demo-redis-0", action + " demo-redis-1"), calls(made));
      assertEquals(before, template(client), "the pod template is unchanged: nothing rolls");
      String hash = ReconfigureTree.hash("maxmemory 2");
      assertEquals("{\"redis-config\":\"" + hash + "\"}", recorded(client, 0));
      assertEquals("{\"redis-config\":\"" + hash + "\"}", recorded(client, 1));

      JsonNode request = made.get(0).body();
      JsonNode p = request.path("parameters");
      assertEquals(
          "/etc/redis/redis.conf:" + sha256("maxmemory 2"),
          p.path("KB_CONFIG_FILES_UPDATED").asString());
      assertEquals("", p.path("KB_CONFIG_FILES_CREATED").asString());
      assertEquals("lru", p.path("policy").asString(), "the template's variable");
      assertEquals("1", p.path("maxmemory").asString(), "a template var wins over a variable");
      assertEquals("demo", p.path("CLUSTER_NAME").asString(), "the shell-safe alias");
      assertEquals("[[\"maxmemory\",\"2\"]]", request.path("arguments").toString());

      mock.clearRequests();
      apply(client);
      assertEquals(List.of(), calls(mock), "a second apply calls nothing");
    }
  }

  @Test
  void aFailedReloadIsRetriedThenReportedAndOnlyThatPodIsCalledAgain() throws Exception {
    ReconfigureTree.write(dir, "maxmemory 1");
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      create(client);
      String old = ReconfigureTree.hash("maxmemory 1");

      ReconfigureTree.write(dir, "maxmemory 3");
      mock.clearRequests();
      answer(mock, 0, 200, "{}", 1);
      answer(mock, 1, 200, "{\"error\":\"failed\",\"message\":\"exit code: 1: bad value\"}", 6);
      ReconcileException e = assertThrows(ReconcileException.class, () -> apply(client));
      assertEquals(
          "lifecycle action "
              + ReconfigureTree.ACTION
              + " of StatefulSet demo/demo-redis (Pod demo-redis-1) failed after 6 attempts:"
              + " on Pod demo/demo-redis-1: failed: exit code: 1: bad value",
          e.getMessage());
      assertEquals(7, calls(mock).size());
      String hash = ReconfigureTree.hash("maxmemory 3");
      assertEquals("{\"redis-config\":\"" + hash + "\"}", recorded(client, 0));
      assertEquals(
          "{\"redis-config\":\"" + old + "\"}",
          recorded(client, 1),
          "the failed pod keeps the hash it had (pinned before the write)");

      mock.clearRequests();
      answer(mock, 1, 200, "{}", 1);
      apply(client);
      assertEquals(List.of(ReconfigureTree.ACTION + " demo-redis-1"), calls(mock));
      assertEquals("{\"redis-config\":\"" + hash + "\"}", recorded(client, 1));
    }
  }

  /**
   * A run that dies after writing the new ConfigMap and StatefulSet, before any reload (here: the
   * first kbagent cannot be reached), leaves the pods recorded with the content they have, so the
   * next run reloads both, although the live StatefulSet now names the new hash.
   */
  @Test
  void aRunThatDiesAfterTheWriteLeavesEveryPodToBeReloadedByTheNext() throws Exception {
    ReconfigureTree.write(dir, "maxmemory 1");
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      create(client);
      ReconfigureTree.write(dir, "maxmemory 4");
      mock.clearRequests();
      answer(mock, 0, 503, LifecycleMockTest.UNREACHABLE, 1);
      assertThrows(ReconcileException.class, () -> apply(client));
      assertEquals(List.of(ReconfigureTree.ACTION + " demo-redis-0"), calls(mock));
      String old = "{\"redis-config\":\"" + ReconfigureTree.hash("maxmemory 1") + "\"}";
      assertEquals(old, recorded(client, 0));
      assertEquals(old, recorded(client, 1));

      mock.clearRequests();
      answer(mock, 0, 200, "{}", 1);
      answer(mock, 1, 200, "{}", 1);
      apply(client);
      String action = ReconfigureTree.ACTION;
      assertEquals(List.of(action + " demo-redis-0", action + " demo-redis-1"), calls(mock));
    }
  }

  @Test
  void dryRunAndDiffListThePendingReloads() throws Exception {
    ReconfigureTree.write(dir, "maxmemory 1");
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      create(client);
      ReconfigureTree.write(dir, "maxmemory 2");
      mock.clearRequests();
      try (Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
        String reason = ": config redis-config changed: reload it without a restart";
        assertEquals(
            "action     "
                + ReconfigureTree.ACTION
                + " StatefulSet demo/demo-redis (Pod demo-redis-0)"
                + reason
                + "\naction     "
                + ReconfigureTree.ACTION
                + " StatefulSet demo/demo-redis (Pod demo-redis-1)"
                + reason
                + "\nlifecycle: 2 actions to run\n",
            PlanText.actions(r.lifecycle(r.plan())));
      }
      assertEquals(List.of(), calls(mock), "planning calls nothing");
      assertEquals(null, recorded(client, 0), "and records nothing");
    }
  }
}
