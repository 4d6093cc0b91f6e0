package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kb apply calls the lifecycle actions through kbagent: the pod-proxy calls are answered in
 * expectation mode (scripted replies, in order), everything else by the CRUD mock, with {@link
 * Kubelet} standing in for the StatefulSet controller.
 */
class LifecycleMockTest {
  static final String OK = "{}";
  static final String UNREACHABLE =
      "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":503,"
          + "\"message\":\"error trying to reach service: dial tcp 10.1.0.4:3501: connect:"
          + " connection refused\"}";

  @TempDir Path dir;
  final Fixture fixture = new Fixture();

  private static String path(int ordinal) {
    return KbAgent.actionPath("demo", "demo-redis-" + ordinal);
  }

  private static void answer(MockCluster mock, int ordinal, int code, String body, int times) {
    mock.server.expect().post().withPath(path(ordinal)).andReturn(code, body).times(times);
  }

  /** The kbagent calls so far, as {@code action pod}, in the order made. */
  private static List<String> calls(List<RecordedRequest> requests) {
    List<String> calls = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (r.getPath().endsWith("/proxy/v1.0/action")) {
        JsonNode body = Serialization.jsonMapper().readTree(r.getBody().readUtf8());
        String pod = r.getPath().split("/pods/")[1].split(":")[0];
        calls.add(body.path("action").asString() + " " + pod);
      }
    }
    return calls;
  }

  private static JsonNode parameters(RecordedRequest request) {
    return Serialization.jsonMapper().readTree(request.getBody().readUtf8()).path("parameters");
  }

  private void apply(KubernetesClient client) {
    try (Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
      r.apply();
    }
  }

  private static JsonNode ledger(KubernetesClient client) {
    ConfigMap map =
        client.configMaps().inNamespace("demo").withName("kbforge-lifecycle-test").get();
    return Serialization.jsonMapper().readTree(map.getData().get("demo.demo-redis"));
  }

  @Test
  void postProvisionRunsOnceAcrossTwoAppliesAndACrashInBetween() {
    LifecycleTree.write(dir, 2);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      answer(mock, 0, 200, OK, 1); // postProvision
      answer(mock, 0, 503, UNREACHABLE, 1); // accountProvision kbadmin: the run dies here
      ReconcileException crash = assertThrows(ReconcileException.class, () -> apply(client));
      assertEquals(
          "accountProvision: Pod demo/demo-redis-0: kbagent cannot be reached: HTTP 503: error"
              + " trying to reach service: dial tcp 10.1.0.4:3501: connect: connection refused",
          crash.getMessage());
      assertEquals(
          List.of("postProvision demo-redis-0", "accountProvision demo-redis-0"),
          calls(mock.requests()));
      assertTrue(ledger(client).path("postProvision").asBoolean());
      assertEquals(0, ledger(client).path("accounts").size(), "nothing half-done recorded");

      mock.clearRequests();
      answer(mock, 0, 200, OK, 2);
      apply(client);
      assertEquals(
          List.of("accountProvision demo-redis-0", "accountProvision demo-redis-0"),
          calls(mock.requests()));

      mock.clearRequests();
      apply(client);
      assertEquals(List.of(), calls(mock.requests()), "everything once-only has run");
      assertEquals(
          "{\"postProvision\":true,\"accounts\":[\"kbadmin\",\"kbmonitoring\"],\"members\":2}",
          ledger(client).toString());
    }
  }

  @Test
  void accountProvisionRunsOncePerAccountWithItsSecretsCredentials() {
    LifecycleTree.write(dir, 1);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      answer(mock, 0, 200, OK, 3);
      apply(client);
      List<RecordedRequest> requests =
          mock.requests().stream().filter(r -> r.getPath().equals(path(0))).toList();
      assertEquals(3, requests.size());
      JsonNode kbadmin = parameters(requests.get(1));
      assertEquals("kbadmin", kbadmin.path("KB_ACCOUNT_NAME").asString());
      assertEquals(
          "CREATE USER ${KB_ACCOUNT_NAME}", kbadmin.path("KB_ACCOUNT_STATEMENT").asString());
      String stored =
          client
              .secrets()
              .inNamespace("demo")
              .withName("demo-redis-account-kbadmin")
              .get()
              .getData()
              .get("password");
      assertEquals(
          new String(Base64.getDecoder().decode(stored), StandardCharsets.UTF_8),
          kbadmin.path("KB_ACCOUNT_PASSWORD").asString());
      assertEquals("kbmonitoring", parameters(requests.get(2)).path("KB_ACCOUNT_NAME").asString());
      // every system account has its Secret, the one no action or pod reads included
      assertTrue(
          client.secrets().inNamespace("demo").withName("demo-redis-account-default").get()
              != null);
    }
  }

  @Test
  void memberLeaveRunsBeforeTheScaleInAndMemberJoinAfterTheScaleOut() {
    LifecycleTree.write(dir, 3);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      answer(mock, 0, 200, OK, 3); // postProvision, two accounts
      apply(client);

      LifecycleTree.write(dir, 2);
      mock.clearRequests();
      answer(mock, 2, 200, OK, 1);
      apply(client);
      List<String> order = new ArrayList<>();
      for (RecordedRequest r : mock.requests()) {
        if (r.getPath().equals(path(2))) {
          order.add("memberLeave");
        } else if (!r.getMethod().equals("GET")
            && r.getPath().startsWith("/apis/apps/v1/namespaces/demo/statefulsets/demo-redis")
            && !r.getPath().endsWith("/status")) {
          order.add("shrink");
        }
      }
      assertEquals(List.of("memberLeave", "shrink"), order.subList(0, 2));
      JsonNode leave =
          parameters(
              mock.requests().stream()
                  .filter(r -> r.getPath().equals(path(2)))
                  .findFirst()
                  .orElseThrow());
      assertEquals("demo-redis-2", leave.path("KB_LEAVE_MEMBER_POD_NAME").asString());
      assertEquals(
          "demo-redis-2.demo-redis-headless.demo.svc.cluster.local",
          leave.path("KB_LEAVE_MEMBER_POD_FQDN").asString());
      assertEquals(2, ledger(client).path("members").asInt());

      LifecycleTree.write(dir, 3);
      mock.clearRequests();
      answer(mock, 2, 200, OK, 1);
      apply(client);
      assertEquals(List.of("memberJoin demo-redis-2"), calls(mock.requests()));
      assertEquals(3, ledger(client).path("members").asInt());
    }
  }

  @Test
  void aFailingActionIsRetriedThenReportedByActionPodAndOutput() {
    LifecycleTree.write(dir, 1);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      answer(
          mock,
          0,
          200,
          "{\"error\":\"failed\",\"message\":\"exit code: 2: sentinel not ready\"}",
          6);
      ReconcileException e = assertThrows(ReconcileException.class, () -> apply(client));
      assertEquals(
          "lifecycle action postProvision of StatefulSet demo/demo-redis failed after 6 attempts:"
              + " on Pod demo/demo-redis-0: failed: exit code: 2: sentinel not ready",
          e.getMessage());
      assertEquals(6, calls(mock.requests()).size());
      ConfigMap map =
          client.configMaps().inNamespace("demo").withName("kbforge-lifecycle-test").get();
      assertTrue(
          map == null
              || !map.getData().containsKey("demo.demo-redis")
              || !ledger(client).path("postProvision").asBoolean());
    }
  }

  @Test
  void dryRunAndDiffListThePendingActions() {
    LifecycleTree.write(dir, 2);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
      Plan plan = r.plan();
      assertEquals(
          """
          action     postProvision StatefulSet demo/demo-redis: once, after the component is ready
          action     accountProvision StatefulSet demo/demo-redis (account kbadmin): once per account
          action     accountProvision StatefulSet demo/demo-redis (account kbmonitoring): once per account
          lifecycle: 3 actions to run
          """,
          PlanText.actions(r.lifecycle(plan)));
      assertEquals(List.of(), calls(mock.requests()), "planning calls nothing");
    }
  }
}
