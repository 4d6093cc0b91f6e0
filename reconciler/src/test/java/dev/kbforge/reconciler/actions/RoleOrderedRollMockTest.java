package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StatefulSet update in role order (OnDelete, pods replaced by kb apply): the secondaries first,
 * then the switchover through the primary's kbagent, then the old primary; kbagent's replies in
 * expectation mode, the rest CRUD, {@link Kubelet} recreating deleted pods at the new revision.
 */
class RoleOrderedRollMockTest {
  @TempDir Path dir;
  final Fixture fixture = new Fixture();

  private void apply(KubernetesClient client) {
    fixture.timeout = Duration.ofSeconds(20);
    try (Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
      r.apply();
    }
  }

  private static void reply(MockCluster mock, int pod, String body, int times) {
    var expectation =
        mock.server.expect().post().withPath(KbAgent.actionPath("demo", "demo-redis-" + pod));
    if (times < 0) {
      expectation.andReturn(200, body).always();
    } else {
      expectation.andReturn(200, body).times(times);
    }
  }

  @Test
  void secondariesFirstThenSwitchoverThenTheOldPrimary() {
    LifecycleTree.write(dir, 3, "redis:7.0", true);
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries();
        Kubelet kubelet = new Kubelet(client, "demo")) {
      reply(mock, 0, "{}", 3); // postProvision, accountProvision x2
      apply(client);

      LifecycleTree.write(dir, 3, "redis:7.2", true);
      try (Reconciler r = new Reconciler(client, dir, fixture.options(), fixture.listener())) {
        assertEquals(
            "action     switchover StatefulSet demo/demo-redis: update in role order: secondaries"
                + " first, then switchover, then the old primary\n"
                + "lifecycle: 1 action to run\n",
            PlanText.actions(r.lifecycle(r.plan())));
      }
      mock.clearRequests();
      reply(mock, 0, "{}", 1); // the switchover
      reply(mock, 0, SwitchoverMockTest.output("secondary"), -1);
      reply(mock, 1, SwitchoverMockTest.output("primary"), -1);
      reply(mock, 2, SwitchoverMockTest.output("secondary"), -1);
      apply(client);

      List<String> order = new ArrayList<>();
      for (RecordedRequest r : mock.requests()) {
        String path = r.getPath();
        if (r.getMethod().equals("DELETE") && path.startsWith("/api/v1/namespaces/demo/pods/")) {
          order.add("delete " + path.substring(path.lastIndexOf('/') + 1));
        } else if (r.getMethod().equals("POST")
            && path.equals(KbAgent.actionPath("demo", "demo-redis-0"))
            && r.getBody().readUtf8().contains("\"switchover\"")) {
          order.add("switchover demo-redis-0");
        }
      }
      assertEquals(
          List.of(
              "delete demo-redis-2",
              "delete demo-redis-1",
              "switchover demo-redis-0",
              "delete demo-redis-0"),
          order);
      assertTrue(
          client.pods().inNamespace("demo").list().getItems().stream()
              .allMatch(
                  p -> !p.getMetadata().getLabels().get("controller-revision-hash").isEmpty()));
    }
  }
}
