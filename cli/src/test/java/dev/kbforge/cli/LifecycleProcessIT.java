package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.actions.Kubelet;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb apply} as a process running the lifecycle actions through kbagent against the mock
 * (kbagent's replies scripted behind the pod proxy; {@link Kubelet} (reconciler's test kubelet)
 * readies the pods): killed with SIGKILL while an action is being retried, the next apply repeats
 * nothing that ran, and {@code --dry-run} and {@code kb diff} list what is pending.
 */
class LifecycleProcessIT {
  static final String AGENT = "/api/v1/namespaces/demo/pods/demo-db-0:3501/proxy/v1.0/action";
  static final String FAILED = "{\"error\":\"failed\",\"message\":\"exit code: 1: not yet\"}";

  @TempDir Path tmp;
  final List<String> calls = new ArrayList<>();

  Path tree() throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(
        tree.resolve("statefulset-demo-db.yaml"),
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: demo-db
          namespace: demo
          labels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: db}
          annotations:
            kbforge.dev/lifecycle-actions: '{"postProvision":{},"accountProvision":{"accounts":[{"name":"kbadmin","secret":"demo-db-account-kbadmin","statement":"CREATE USER"}]}}'
            kbforge.dev/password-config: '{"demo-db-account-kbadmin":{"username":"kbadmin"}}'
        spec:
          replicas: 1
          serviceName: demo-db-headless
          selector:
            matchLabels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: db}
          template:
            metadata:
              labels: {app.kubernetes.io/instance: demo, apps.kubeblocks.io/component-name: db}
            spec:
              containers:
              - {name: db, image: db}
              - name: kbagent
                image: kbagent
                env:
                - {name: KB_AGENT_ACTION, value: '[{"name":"postProvision","exec":{"command":["/p"]}},{"name":"accountProvision","exec":{"command":["/a"]}}]'}
        """);
    return tree;
  }

  /** The kbagent calls received so far, by action name. */
  synchronized List<String> calls(MockApiServer mock) {
    try {
      RecordedRequest r;
      while ((r = mock.server.takeRequest(5, TimeUnit.MILLISECONDS)) != null) {
        if (r.getPath().equals(AGENT)) {
          calls.add(
              Serialization.jsonMapper()
                  .readTree(r.getBody().readUtf8())
                  .path("action")
                  .asString());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.copyOf(calls);
  }

  KbProcess kb(MockApiServer mock, String command, Path tree, String... more) {
    List<String> args =
        new ArrayList<>(List.of(command, "--kubeconfig", mock.kubeconfig.toString()));
    args.addAll(List.of(more));
    args.add(tree.toString());
    return KbProcess.start(args.toArray(String[]::new));
  }

  @Test
  void postProvisionRunsOnceAcrossAKillAndAccountProvisionOnce() throws IOException {
    Path tree = tree();
    try (MockApiServer mock = MockApiServer.mixed(tmp);
        Kubelet kubelet = new Kubelet(mock.client, "demo")) {
      KbProcess dry = kb(mock, "apply", tree, "--dry-run");
      assertEquals(0, dry.waitFor(Duration.ofMinutes(1)), dry.toString());
      assertTrue(
          dry.out()
              .contains(
                  "action     postProvision StatefulSet demo/demo-db: once, after the component"
                      + " is ready\n"
                      + "action     accountProvision StatefulSet demo/demo-db (account kbadmin):"
                      + " once per account\n"
                      + "lifecycle: 2 actions to run\n"),
          dry.out());

      mock.server.expect().post().withPath(AGENT).andReturn(200, "{}").once();
      mock.server.expect().post().withPath(AGENT).andReturn(200, FAILED).times(2);
      KbProcess killed = kb(mock, "apply", tree);
      killed.await(() -> calls(mock).size() >= 3, Duration.ofMinutes(1), "3 kbagent calls");
      killed.kill(); // while accountProvision waits for its third attempt
      assertEquals(128 + 9, killed.status(), killed.toString());
      assertEquals(List.of("postProvision", "accountProvision", "accountProvision"), calls(mock));

      KbProcess diff = kb(mock, "diff", tree);
      assertEquals(1, diff.waitFor(Duration.ofMinutes(1)), diff.toString());
      assertTrue(
          diff.out()
              .contains("action     accountProvision StatefulSet demo/demo-db (account kbadmin)"),
          diff.out());
      assertTrue(!diff.out().contains("postProvision"), "postProvision ran: " + diff.out());

      mock.server.expect().post().withPath(AGENT).andReturn(200, "{}").always();
      KbProcess again = kb(mock, "apply", tree);
      assertEquals(0, again.waitFor(Duration.ofMinutes(1)), again.toString());
      assertTrue(
          again
              .out()
              .contains(
                  "action: accountProvision StatefulSet demo/demo-db (account kbadmin): done\n"),
          again.out());
      assertEquals(
          List.of("postProvision", "accountProvision", "accountProvision", "accountProvision"),
          calls(mock));

      KbProcess third = kb(mock, "diff", tree);
      assertEquals(0, third.waitFor(Duration.ofMinutes(1)), third.toString());
      assertEquals(4, calls(mock).size(), "nothing once-only runs again");
    }
  }

  @Test
  void anUnreachableKbAgentIsOneLineAndExitOne() throws IOException {
    Path tree = tree();
    try (MockApiServer mock = MockApiServer.mixed(tmp);
        Kubelet kubelet = new Kubelet(mock.client, "demo")) {
      mock.server
          .expect()
          .post()
          .withPath(AGENT)
          .andReturn(
              503,
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":503,"
                  + "\"message\":\"error trying to reach service: dial tcp 10.1.0.9:3501: i/o timeout\"}")
          .always();
      KbProcess apply = kb(mock, "apply", tree);
      assertEquals(1, apply.waitFor(Duration.ofMinutes(1)), apply.toString());
      // the notice that the mock lacks server-side apply, then the one line
      assertTrue(
          apply
              .err()
              .endsWith(
                  "\nkb apply: postProvision: Pod demo/demo-db-0: kbagent cannot be reached: HTTP"
                      + " 503: error trying to reach service: dial tcp 10.1.0.9:3501: i/o"
                      + " timeout\n"),
          apply.err());
    }
  }
}
