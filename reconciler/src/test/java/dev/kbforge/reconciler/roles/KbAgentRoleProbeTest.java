package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The role comes from the pod's kbagent through the API server's pod proxy (expectation mode: the
 * mock answers only the proxy calls scripted here), whatever the probe's handler.
 */
class KbAgentRoleProbeTest {
  static final String PATH = KbAgent.actionPath("demo", "redis-0");

  @Test
  void asksKbAgentForTheRoleThroughThePodProxy() throws Exception {
    try (MockCluster mock = MockCluster.expectations()) {
      // "primary\n", base64 as Go encodes ActionResponse.Output
      mock.server
          .expect()
          .post()
          .withPath(PATH)
          .andReturn(200, "{\"output\":\"cHJpbWFyeQo=\"}")
          .once();
      Pods pods = new Pods();
      Optional<String> role =
          new KbAgentRoleProbe(mock.client, pods)
              .probe(Pods.pod("redis-0", "redis", true, null), new ProbeSpec(1, 3));
      assertEquals(Optional.of("primary\n"), role);
      assertEquals(List.of(), pods.warnings);
      RecordedRequest request = mock.server.takeRequest();
      assertEquals(
          "/api/v1/namespaces/demo/pods/redis-0:3501/proxy/v1.0/action", request.getPath());
      assertEquals("{\"action\":\"roleProbe\"}", request.getBody().readUtf8());
    }
  }

  @Test
  void aFailedProbeIsAWarningWithTheOutput() {
    try (MockCluster mock = MockCluster.expectations()) {
      mock.server
          .expect()
          .post()
          .withPath(PATH)
          .andReturn(200, "{\"error\":\"failed\",\"message\":\"exit code: 1: redis down\"}")
          .once();
      Pods pods = new Pods();
      Optional<String> role =
          new KbAgentRoleProbe(mock.client, pods)
              .probe(Pods.pod("redis-0", "redis", true, null), new ProbeSpec(1, 3));
      assertEquals(Optional.empty(), role);
      assertEquals(
          List.of("Pod demo/redis-0: the role probe failed: failed: exit code: 1: redis down"),
          pods.warnings);
    }
  }

  @Test
  void anUnreachableKbAgentNamesThePodAndTheCause() {
    try (MockCluster mock = MockCluster.expectations()) {
      mock.server
          .expect()
          .post()
          .withPath(PATH)
          .andReturn(
              503,
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":"
                  + "\"error trying to reach service: dial tcp 10.0.0.7:3501: connect: connection"
                  + " refused\",\"code\":503}")
          .once();
      Pods pods = new Pods();
      Optional<String> role =
          new KbAgentRoleProbe(mock.clientWithoutRetries(), pods)
              .probe(Pods.pod("redis-0", "redis", true, null), new ProbeSpec(1, 3));
      assertEquals(Optional.empty(), role);
      assertEquals(1, pods.warnings.size());
      String warning = pods.warnings.get(0);
      assertTrue(
          warning.startsWith("Pod demo/redis-0: kbagent cannot be reached: HTTP 503: error trying"),
          warning);
      assertTrue(warning.endsWith("connection refused"), warning);
    }
  }
}
