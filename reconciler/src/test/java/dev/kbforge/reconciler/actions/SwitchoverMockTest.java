package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * kb switchover against the mock: the switchover action through the primary's kbagent (expectation
 * mode), then role labels read again from each pod's kbagent until the role has moved.
 */
class SwitchoverMockTest {
  @TempDir Path dir;

  static String output(String text) {
    return "{\"output\":\""
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "\"}";
  }

  private void setUp(KubernetesClient client) throws Exception {
    Path file = LifecycleTree.write(dir, 2);
    client.resource(Fixture.object(Files.readString(file))).create();
    for (int i = 0; i < 2; i++) {
      Pod pod =
          new PodBuilder()
              .withNewMetadata()
              .withName("demo-redis-" + i)
              .withNamespace("demo")
              .addToLabels("app.kubernetes.io/instance", "demo")
              .addToLabels("apps.kubeblocks.io/component-name", "redis")
              .addToLabels("kubeblocks.io/role", i == 0 ? "primary" : "secondary")
              .endMetadata()
              .withNewStatus()
              .addNewCondition()
              .withType("Ready")
              .withStatus("True")
              .endCondition()
              .endStatus()
              .build();
      client.pods().inNamespace("demo").resource(pod).create();
    }
  }

  private static Switchover switchover(KubernetesClient client) {
    Backoff retry = new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(2), d -> {});
    return new Switchover(
        client,
        ActionRunner.standalone(client, retry, ApplyListener.NONE),
        ApplyListener.NONE,
        d -> {},
        Duration.ofMillis(1),
        Clock.systemUTC());
  }

  private static String role(KubernetesClient client, String pod) {
    return client
        .pods()
        .inNamespace("demo")
        .withName(pod)
        .get()
        .getMetadata()
        .getLabels()
        .get("kubeblocks.io/role");
  }

  @Test
  void runsTheActionOnThePrimaryAndWaitsForTheNewLabels() throws Exception {
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries()) {
      setUp(client);
      String pod0 = KbAgent.actionPath("demo", "demo-redis-0");
      String pod1 = KbAgent.actionPath("demo", "demo-redis-1");
      mock.server.expect().post().withPath(pod0).andReturn(200, "{}").once(); // switchover
      mock.server.expect().post().withPath(pod0).andReturn(200, output("secondary")).always();
      mock.server.expect().post().withPath(pod1).andReturn(200, output("primary")).always();

      ComponentActions component = LiveComponent.find(client, "demo", "demo", "redis");
      Switchover.Outcome moved =
          switchover(client).run(component, null, null, Duration.ofSeconds(5));

      assertEquals(new Switchover.Outcome("demo-redis-0", "demo-redis-1", "primary"), moved);
      assertEquals("secondary", role(client, "demo-redis-0"));
      assertEquals("primary", role(client, "demo-redis-1"));
      List<RecordedRequest> calls =
          mock.requests().stream().filter(r -> r.getPath().equals(pod0)).toList();
      JsonNode first = Serialization.jsonMapper().readTree(calls.get(0).getBody().readUtf8());
      assertEquals("switchover", first.path("action").asString());
      JsonNode parameters = first.path("parameters");
      assertEquals("demo-redis-0", parameters.path("KB_SWITCHOVER_CURRENT_NAME").asString());
      assertEquals(
          "demo-redis-0.demo-redis-headless.demo.svc.cluster.local",
          parameters.path("KB_SWITCHOVER_CURRENT_FQDN").asString());
      assertEquals("primary", parameters.path("KB_SWITCHOVER_ROLE").asString());
      assertFalse(parameters.has("KB_SWITCHOVER_CANDIDATE_NAME"), "no candidate was named");
    }
  }

  @Test
  void anInstanceThatDoesNotHoldTheRoleIsRefusedBeforeAnyCall() throws Exception {
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries()) {
      setUp(client);
      ComponentActions component = LiveComponent.find(client, "demo", "demo", "redis");
      ReconcileException e =
          assertThrows(
              ReconcileException.class,
              () -> switchover(client).run(component, "demo-redis-1", null, Duration.ofSeconds(1)));
      assertEquals(
          "Pod demo-redis-1 does not hold the role primary (Pod demo-redis-0 does)",
          e.getMessage());
      assertEquals(
          List.of(),
          mock.requests().stream().filter(r -> r.getPath().contains("/proxy/")).toList());
    }
  }

  @Test
  void aComponentThatIsNotThereIsOneLine() {
    try (MockCluster mock = MockCluster.mixed();
        KubernetesClient client = mock.clientWithoutRetries()) {
      ReconcileException e =
          assertThrows(
              ReconcileException.class, () -> LiveComponent.find(client, "demo", "demo", "nope"));
      assertEquals(
          "no StatefulSet or InstanceSet demo/demo-nope (cluster demo, component nope)",
          e.getMessage());
    }
  }
}
