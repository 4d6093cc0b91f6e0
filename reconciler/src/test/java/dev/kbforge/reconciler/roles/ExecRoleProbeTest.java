package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.server.mock.ErrorStreamMessage;
import io.fabric8.kubernetes.client.server.mock.OutputStreamMessage;
import io.fabric8.kubernetes.client.server.mock.StatusStreamMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exec probe against a mock API server that scripts the exec websocket. */
class ExecRoleProbeTest {
  static final String EXEC =
      "/api/v1/namespaces/demo/pods/redis-0/exec?command=%2Fscripts%2Frole.sh&command=-v"
          + "&container=redis&stdout=true&stderr=true";

  final MockCluster mock = MockCluster.expectations();
  final Pods listener = new Pods();
  final ExecRoleProbe probe = new ExecRoleProbe(mock.client, listener);
  final Pod pod = Pods.pod("redis-0", "redis", true, null);

  /** fabric8 looks the pod up (and waits until it is ready) before it execs. */
  @BeforeEach
  void servePod() {
    mock.server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/demo/pods/redis-0")
        .andReturn(200, pod)
        .always();
    mock.server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/demo/pods?fieldSelector=metadata.name%3Dredis-0")
        .andReturn(200, new PodListBuilder().withItems(pod).withNewMetadata().endMetadata().build())
        .always();
  }

  @AfterEach
  void close() {
    mock.close();
  }

  ProbeSpec spec(int timeoutSeconds) {
    return new ProbeSpec("redis", List.of("/scripts/role.sh"), List.of("-v"), 1, timeoutSeconds);
  }

  @Test
  void capturesStdout() {
    mock.server
        .expect()
        .withPath(EXEC)
        .andUpgradeToWebSocket()
        .open(new OutputStreamMessage("primary 3\n"), new StatusStreamMessage(0))
        .done()
        .once();

    assertEquals(Optional.of("primary 3\n"), probe.probe(pod, spec(5)));
    assertEquals(List.of(), listener.warnings);
  }

  @Test
  void aFailedCommandIsAWarningAndNoAnswer() {
    mock.server
        .expect()
        .withPath(EXEC)
        .andUpgradeToWebSocket()
        .open(
            new OutputStreamMessage("primary\n"),
            new ErrorStreamMessage("redis-cli: connection refused\n"),
            new StatusStreamMessage(1))
        .done()
        .once();

    assertEquals(Optional.empty(), probe.probe(pod, spec(5)));
    assertEquals(1, listener.warnings.size());
    assertTrue(
        listener.warnings.get(0).startsWith("Pod demo/redis-0: the role probe exited with 1"),
        listener.warnings.get(0));
  }

  @Test
  void aProbeThatDoesNotFinishInTimeIsAWarning() {
    mock.server.expect().delay(4000).withPath(EXEC).andReturn(404, "{}").once();

    assertEquals(Optional.empty(), probe.probe(pod, spec(1)));
    assertEquals(List.of("Pod demo/redis-0: the role probe timed out after 1s"), listener.warnings);
  }

  @Test
  void anExitStatusIsRequired() {
    mock.server
        .expect()
        .withPath(EXEC)
        .andUpgradeToWebSocket()
        .open(new OutputStreamMessage("primary\n"))
        .done()
        .once();

    assertEquals(Optional.empty(), probe.probe(pod, spec(5)));
    assertEquals(
        List.of("Pod demo/redis-0: the role probe ended without an exit status"),
        listener.warnings);
  }

  @Test
  void aRefusedExecIsAWarning() {
    assertEquals(Optional.empty(), probe.probe(pod, spec(5)));
    assertEquals(1, listener.warnings.size());
    assertTrue(
        listener.warnings.get(0).startsWith("Pod demo/redis-0: the role probe failed: "),
        listener.warnings.get(0));
  }
}
