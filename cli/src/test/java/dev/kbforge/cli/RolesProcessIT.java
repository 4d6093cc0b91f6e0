package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code kb roles} as a process on the rendered StatefulSet tree, against a mock API server that
 * stores pods and scripts their role probes' exec, stopped with SIGTERM.
 */
class RolesProcessIT {
  static final String STS = "default/redis-replication/statefulset-redis-replication-redis.yaml";

  @TempDir Path tmp;

  @Test
  void labelsPodsByTheirProbeUntilTerminated() throws IOException {
    Path tree = RenderedTree.redis(tmp, "statefulset");
    StatefulSet sts =
        Serialization.unmarshal(Files.readString(tree.resolve(STS)), StatefulSet.class);
    JsonNode probe =
        Serialization.jsonMapper()
            .readTree(sts.getMetadata().getAnnotations().get("kbforge.dev/role-probe"));
    try (MockApiServer mock = MockApiServer.mixed(tmp)) {
      pod(mock, sts, probe, "redis-replication-redis-0", "secondary\n");
      pod(mock, sts, probe, "redis-replication-redis-1", "primary 3\n");

      KbProcess roles =
          KbProcess.start("roles", "--kubeconfig", mock.kubeconfig.toString(), tree.toString());
      roles.await(
          () ->
              "primary".equals(role(mock, "redis-replication-redis-1"))
                  && "secondary".equals(role(mock, "redis-replication-redis-0")),
          Duration.ofMinutes(1),
          "both pods labelled");
      roles.terminate();

      assertEquals(0, roles.status(), roles.toString());
      assertTrue(
          roles
              .out()
              .contains(
                  "roles: Pod default/redis-replication-redis-1: kubeblocks.io/role (none) -> primary\n"),
          roles.out());
      assertTrue(roles.out().endsWith("roles: stopped\n"), roles.out());
    }
  }

  static String role(MockApiServer mock, String pod) {
    Map<String, String> labels =
        mock.client.pods().inNamespace("default").withName(pod).get().getMetadata().getLabels();
    return labels.get("kubeblocks.io/role");
  }

  /** A ready pod of the StatefulSet, and its probe's exec answering {@code answer}. */
  static void pod(MockApiServer mock, StatefulSet sts, JsonNode probe, String name, String answer) {
    String container = probe.path("container").asString();
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("default")
            .withLabels(sts.getSpec().getSelector().getMatchLabels())
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName(container)
            .endContainer()
            .endSpec()
            .withNewStatus()
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .endCondition()
            .endStatus()
            .build();
    mock.client.pods().inNamespace("default").resource(pod).create();
    String command =
        new java.util.ArrayList<JsonNode>() {
          {
            probe.path("command").forEach(this::add);
          }
        }.stream()
            .map(c -> "command=" + URLEncoder.encode(c.asString(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    mock.server
        .expect()
        .get()
        .withPath(
            "/api/v1/namespaces/default/pods/"
                + name
                + "/exec?"
                + command
                + "&container="
                + container
                + "&stdout=true&stderr=true")
        .andUpgradeToWebSocket()
        .open(new OutputStreamMessage(answer), new StatusStreamMessage(0))
        .done()
        .always();
  }
}
