package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.actions.Kubelet;
import io.fabric8.kubernetes.api.model.Pod;
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
 * {@code kb apply} as a process on the StatefulSet target, when a config template that is reloaded
 * in place changes: {@code kb diff} lists the reconfigure call, {@code kb apply} makes it through
 * kbagent (scripted behind the pod proxy) and records the hash on the pod, and the next {@code kb
 * diff} finds nothing to do.
 */
class ReconfigureProcessIT {
  static final String AGENT = "/api/v1/namespaces/demo/pods/demo-db-0:3501/proxy/v1.0/action";
  static final String ACTION = "udf-reconfigure-cmpd-db-config";

  @TempDir Path tmp;

  Path tree(String content) throws IOException {
    Path tree = Files.createDirectories(tmp.resolve("out"));
    String hash = "h" + Integer.toHexString(content.hashCode());
    Files.writeString(
        tree.resolve("configmap-demo-db-db-config.yaml"),
        """
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: demo-db-db-config, namespace: demo}
        data: {db.conf: '%s'}
        """
            .formatted(content));
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
            kbforge.dev/lifecycle-actions: '{"%s":{}}'
            kbforge.dev/reconfigure: '[{"template":"db-config","action":"%s","configHash":"%s","configMap":"demo-db-db-config","mountPath":"/etc/db"}]'
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
                - {name: KB_AGENT_ACTION, value: '[{"name":"%s","exec":{"command":["/reload"]}}]'}
        """
            .formatted(ACTION, ACTION, hash, ACTION));
    return tree;
  }

  static int agentCalls(MockApiServer mock) throws InterruptedException {
    int n = 0;
    RecordedRequest r;
    while ((r = mock.server.takeRequest(5, TimeUnit.MILLISECONDS)) != null) {
      if (r.getPath().equals(AGENT)) {
        n++;
      }
    }
    return n;
  }

  KbProcess kb(MockApiServer mock, String command, Path tree) {
    List<String> args =
        new ArrayList<>(List.of(command, "--kubeconfig", mock.kubeconfig.toString()));
    args.add(tree.toString());
    return KbProcess.start(args.toArray(String[]::new));
  }

  @Test
  void aChangedConfigIsListedThenReloadedOnceAndRecordedOnThePod() throws Exception {
    try (MockApiServer mock = MockApiServer.mixed(tmp);
        Kubelet kubelet = new Kubelet(mock.client, "demo")) {
      KbProcess create = kb(mock, "apply", tree("a 1"));
      assertEquals(0, create.waitFor(Duration.ofMinutes(1)), create.toString());
      for (int i = 0;
          i < 500 && mock.client.pods().inNamespace("demo").list().getItems().isEmpty();
          i++) {
        Thread.sleep(10);
      }

      Path tree = tree("a 2");
      KbProcess diff = kb(mock, "diff", tree);
      assertEquals(1, diff.waitFor(Duration.ofMinutes(1)), diff.toString());
      assertTrue(
          diff.out()
              .contains(
                  "action     "
                      + ACTION
                      + " StatefulSet demo/demo-db (Pod demo-db-0): config db-config changed"),
          diff.out());

      mock.server.expect().post().withPath(AGENT).andReturn(200, "{}").once();
      KbProcess apply = kb(mock, "apply", tree);
      assertEquals(0, apply.waitFor(Duration.ofMinutes(1)), apply.toString());
      assertTrue(
          apply
              .out()
              .contains("action: " + ACTION + " StatefulSet demo/demo-db (Pod demo-db-0): done"),
          apply.out());
      assertEquals(1, agentCalls(mock));
      Pod pod = mock.client.pods().inNamespace("demo").withName("demo-db-0").get();
      assertEquals(
          "{\"db-config\":\"h" + Integer.toHexString("a 2".hashCode()) + "\"}",
          pod.getMetadata().getAnnotations().get("config.kubeblocks.io/config-hash"));

      KbProcess again = kb(mock, "diff", tree);
      assertEquals(0, again.waitFor(Duration.ofMinutes(1)), again.toString());
      assertEquals(0, agentCalls(mock), "nothing to reload");
    }
  }
}
