package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb apply --roles} and {@code kb roles} in-process against a mock API server that stores
 * objects and scripts each pod's kbagent (its action service behind the pod proxy) answering the
 * roleProbe.
 */
class RolesCommandTest {
  static final String TREE =
      """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: redis
        namespace: demo
        annotations:
          kbforge.dev/roles: '[{"name":"primary","isExclusive":true},{"name":"secondary"}]'
      spec:
        serviceName: redis
        selector:
          matchLabels: {app: redis}
        template:
          metadata:
            labels: {app: redis}
          spec:
            containers:
            - name: redis
              image: redis:7
            - name: kbagent
              image: kbagent
              env:
              - {name: KB_AGENT_ACTION, value: '[{"name":"roleProbe","http":{"port":"8008"},"timeoutSeconds":5}]'}
              - {name: KB_AGENT_PROBE, value: '[{"instance":"redis","action":"roleProbe","periodSeconds":1}]'}
      """;

  @TempDir Path tmp;
  KubernetesMockServer server;
  KubernetesClient client;
  Path tree;
  Path kubeconfig;

  @BeforeEach
  void start() throws IOException {
    Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init();
    client = server.createClient();
    tree = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tree.resolve("redis.yaml"), TREE);
    kubeconfig =
        Files.writeString(
            tmp.resolve("kubeconfig"),
            """
            apiVersion: v1
            kind: Config
            clusters: [{name: mock, cluster: {server: "http://localhost:%d"}}]
            contexts: [{name: mock, context: {cluster: mock, user: me, namespace: demo}}]
            current-context: mock
            users: [{name: me, user: {token: t}}]
            """
                .formatted(server.getPort()));
  }

  @AfterEach
  void stop() {
    client.close();
    server.destroy();
  }

  void pod(String name, String answer) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace("demo")
            .addToLabels("app", "redis")
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("redis")
            .endContainer()
            .endSpec()
            .withNewStatus()
            .addNewCondition()
            .withType("Ready")
            .withStatus("True")
            .endCondition()
            .endStatus()
            .build();
    client.pods().inNamespace("demo").resource(pod).create();
    String output =
        java.util.Base64.getEncoder()
            .encodeToString(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/demo/pods/" + name + ":3501/proxy/v1.0/action")
        .andReturn(200, "{\"output\":\"" + output + "\"}")
        .always();
  }

  String role(String pod) {
    Map<String, String> labels =
        client.pods().inNamespace("demo").withName(pod).get().getMetadata().getLabels();
    return labels.get("kubeblocks.io/role");
  }

  Run kb(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--kubeconfig", kubeconfig.toString()));
    return Run.of(all.toArray(String[]::new));
  }

  @Test
  void applyWithRolesLabelsThePodsOnce() {
    pod("redis-0", "Primary\n");
    pod("redis-1", "secondary 12\n");

    Run run = kb("apply", "--roles", tree.toString());

    assertEquals(0, run.status(), run.err());
    assertEquals("primary", role("redis-0"));
    assertEquals("secondary", role("redis-1"));
    assertTrue(
        run.out().contains("roles: Pod demo/redis-0: kubeblocks.io/role (none) -> primary\n"),
        run.out());
    assertTrue(
        run.out().endsWith("roles: Pod demo/redis-1: kubeblocks.io/role (none) -> secondary\n"),
        run.out());
  }

  @Test
  void aProbeThatPrintsNonsenseIsAWarning() {
    pod("redis-0", "I am the primary");

    Run run = kb("apply", "--roles", tree.toString());

    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.err().contains("kb apply: warning: Pod demo/redis-0: the role probe"), run.err());
    assertEquals(null, role("redis-0"));
  }

  @Test
  void rolesRefusesBadArguments() {
    assertEquals(2, kb("roles", "--interval", "0s", tree.toString()).status());
    assertEquals(2, kb("roles", tmp.resolve("missing").toString()).status());
    Run run = kb("roles", "--context", "nope", tree.toString());
    assertEquals(1, run.status());
    assertEquals("kb roles: no context 'nope' in the kubeconfig", run.err().strip());
  }
}
