package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb apply} and {@code kb diff} in-process against fabric8's CRUD mock API server. */
class ApplyCommandTest {
  static final String TREE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: a, namespace: demo}
      data: {k: v}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: svc, namespace: demo}
      spec:
        ports: [{port: 80}]
      """;

  @TempDir Path tmp;
  KubernetesMockServer server;
  Path tree;
  Path kubeconfig;

  @BeforeEach
  void start() throws IOException {
    Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    tree = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tree.resolve("all.yaml"), TREE);
    kubeconfig = kubeconfig("http://localhost:" + server.getPort());
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  Path kubeconfig(String url) throws IOException {
    return Files.writeString(
        tmp.resolve("kubeconfig-" + url.hashCode()),
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster: {server: "%s"}
        contexts:
        - name: mock
          context: {cluster: mock, user: me, namespace: demo}
        current-context: mock
        users:
        - name: me
          user: {token: secret-token}
        """
            .formatted(url));
  }

  Run kb(String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.add("--kubeconfig");
    all.add(kubeconfig.toString());
    return Run.of(all.toArray(String[]::new));
  }

  @Test
  void appliesThenFindsNothingToDo() {
    Run first = kb("apply", tree.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().contains("ConfigMap demo/a created"), first.out());
    assertTrue(first.out().contains("applied: 3 created"), first.out());
    assertEquals(
        "kb apply: server does not support server-side apply; using create/update",
        first.err().strip());

    Run second = kb("apply", tree.toString());
    assertEquals(0, second.status(), second.err());
    assertTrue(second.out().contains("ConfigMap demo/a unchanged"), second.out());
    assertTrue(second.out().strip().endsWith("; 0 write(s)"), second.out());
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() throws Exception {
    Run run = kb("apply", "--dry-run", tree.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("create     ConfigMap demo/a"), run.out());
    assertTrue(run.out().contains("plan: 3 to create"), run.out());
    assertEquals(0, writes());
  }

  @Test
  void diffExitsOneOnDifferencesAndZeroWithout() {
    Run before = kb("diff", tree.toString());
    assertEquals(1, before.status(), before.err());
    assertTrue(before.out().contains("ConfigMap demo/a (create)"), before.out());
    kb("apply", tree.toString());
    Run after = kb("diff", tree.toString());
    assertEquals(0, after.status(), after.err());
    assertEquals("", after.out());
  }

  @Test
  void diffShowsLiveAndDesiredValues() throws IOException {
    kb("apply", tree.toString());
    Files.writeString(tree.resolve("all.yaml"), TREE.replace("{k: v}", "{k: w}"));
    Run run = kb("diff", tree.toString());
    assertEquals(1, run.status());
    assertEquals("ConfigMap demo/a (update)\n  data.k: live \"v\", desired \"w\"\n", run.out());
  }

  @Test
  void anUnreachableServerIsOneLineAndExitOne() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    kubeconfig = kubeconfig("http://127.0.0.1:" + port);
    Run run = kb("apply", tree.toString());
    assertEquals(1, run.status());
    assertEquals(
        "kb apply: cannot reach http://127.0.0.1:" + port + "/: connection refused",
        run.err().strip());
    assertFalse(run.printedStackTrace());
  }

  @Test
  void anUnknownContextIsOneLine() {
    Run run = kb("apply", "--context", "nope", tree.toString());
    assertEquals(1, run.status());
    assertEquals("kb apply: no context 'nope' in the kubeconfig", run.err().strip());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertEquals(2, kb("apply", "--timeout", "soon", tree.toString()).status());
    assertEquals(2, kb("apply", tmp.resolve("missing").toString()).status());
    assertEquals(2, kb("apply", "--concurrency", "0", tree.toString()).status());
    assertEquals(2, kb("apply", "--watch", "--dry-run", tree.toString()).status());
    assertEquals(2, kb("apply", "--watch", "--interval", "0s", tree.toString()).status());
  }

  static final String DELETE_CLUSTER =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: redis-redis-env
        namespace: demo
        labels: {app.kubernetes.io/instance: redis}
        annotations: {kbforge.dev/termination-policy: Delete}
      data: {k: v}
      """;

  static final String CLAIM =
      """
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: data-redis-redis-0
        namespace: demo
        labels: {app.kubernetes.io/instance: redis, app.kubernetes.io/managed-by: kubeblocks}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: 5Gi}}
      """;

  /** A Delete cluster applied, its claim made (as by the StatefulSet controller), then removed. */
  private io.fabric8.kubernetes.client.KubernetesClient deleteClusterLeftTheTree()
      throws IOException {
    Files.writeString(tree.resolve("redis.yaml"), DELETE_CLUSTER);
    assertEquals(0, kb("apply", tree.toString()).status());
    var client = server.createClient();
    client.resource(CLAIM).create();
    Files.delete(tree.resolve("redis.yaml"));
    return client;
  }

  @Test
  void pruneRefusesToDeleteClaimsWithoutYesWhenStdinIsNoTerminal() throws Exception {
    try (var client = deleteClusterLeftTheTree()) {
      writes(); // forget the setup's

      Run dryRun = kb("apply", "--dry-run", "--prune", tree.toString());
      assertEquals(0, dryRun.status(), dryRun.err());
      assertTrue(
          dryRun
              .out()
              .contains(
                  "data: deletes 1 PersistentVolumeClaim(s): demo/data-redis-redis-0"
                      + " (5Gi requested)\n"),
          dryRun.out());

      Run refused = kb("apply", "--prune", tree.toString());
      assertEquals(1, refused.status(), refused.out());
      assertEquals(1, refused.err().strip().lines().count(), refused.err());
      assertTrue(
          refused.err().startsWith("kb apply: refusing to delete 1 PersistentVolumeClaim(s)"),
          refused.err());
      assertEquals(0, writes());
      assertTrue(client.configMaps().inNamespace("demo").withName("redis-redis-env").get() != null);

      Run yes = kb("apply", "--prune", "--yes", tree.toString());
      assertEquals(0, yes.status(), yes.err());
      assertTrue(
          yes.out().contains("PersistentVolumeClaim demo/data-redis-redis-0 pruned"), yes.out());
      assertEquals(
          null,
          client.persistentVolumeClaims().inNamespace("demo").withName("data-redis-redis-0").get());
      assertEquals(null, client.configMaps().inNamespace("demo").withName("redis-redis-env").get());
    }
  }

  @Test
  void aSecretBesideAClusterIsLeftOutOfTheTreeAndCreatedBySecretsFrom() throws IOException {
    Path redis = Trees.root().resolve("addons/redis");
    Path example = redis.resolve("examples/cluster-with-plain-objects.yaml");
    Path out = tmp.resolve("rendered");
    Run render =
        Run.of(
            "render",
            redis.resolve("addon.yaml").toString(),
            redis.resolve("definitions").toString(),
            example.toString(),
            "--target",
            "statefulset", // the mock serves no InstanceSets
            "--out",
            out.toString());
    assertEquals(0, render.status(), render.out() + render.err());
    assertTrue(render.out().contains("warning[KB1013]"), render.out());
    try (var files = Files.walk(out)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("secret-")));
    }

    Run plan = kb("apply", "--dry-run", "--secrets-from", example.toString(), out.toString());
    assertEquals(0, plan.status(), plan.err());
    assertTrue(plan.out().contains("create     Secret default/redis-objects-password"), plan.out());
    assertFalse(plan.out().contains("change-me-before-use"), "no secret value in the plan");

    Run apply = kb("apply", "--secrets-from", example.toString(), out.toString());
    assertEquals(0, apply.status(), apply.err());
    Run again = kb("apply", "--secrets-from", example.toString(), out.toString());
    assertTrue(
        again.out().contains("Secret default/redis-objects-password unchanged"), again.out());
  }

  private long writes() throws InterruptedException {
    long writes = 0;
    var request = server.takeRequest(10, java.util.concurrent.TimeUnit.MILLISECONDS);
    while (request != null) {
      writes += request.getMethod().equals("GET") ? 0 : 1;
      request = server.takeRequest(10, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    return writes;
  }
}
