package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb roles} as a process on the rendered StatefulSet tree, against a mock API server that
 * stores pods and scripts their kbagent's answer to the roleProbe (behind the pod proxy), stopped
 * with SIGTERM.
 */
class RolesProcessIT {
  static final String STS = "default/redis-replication/statefulset-redis-replication-redis.yaml";

  @TempDir Path tmp;

  @Test
  void labelsPodsByTheirProbeUntilTerminated() throws IOException {
    Path tree = RenderedTree.redis(tmp, "statefulset");
    StatefulSet sts =
        Serialization.unmarshal(Files.readString(tree.resolve(STS)), StatefulSet.class);
    try (MockApiServer mock = MockApiServer.mixed(tmp)) {
      pod(mock, sts, "redis-replication-redis-0", "secondary\n");
      pod(mock, sts, "redis-replication-redis-1", "primary 3\n");

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

  /**
   * A ready pod of the StatefulSet, and its kbagent answering the roleProbe with {@code answer}.
   */
  static void pod(MockApiServer mock, StatefulSet sts, String name, String answer) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("default")
            .withLabels(sts.getSpec().getSelector().getMatchLabels())
            .endMetadata()
            .withNewStatus()
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .endCondition()
            .endStatus()
            .build();
    mock.client.pods().inNamespace("default").resource(pod).create();
    String output = Base64.getEncoder().encodeToString(answer.getBytes(StandardCharsets.UTF_8));
    mock.server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/default/pods/" + name + ":3501/proxy/v1.0/action")
        .andReturn(200, "{\"output\":\"" + output + "\"}")
        .always();
  }
}
