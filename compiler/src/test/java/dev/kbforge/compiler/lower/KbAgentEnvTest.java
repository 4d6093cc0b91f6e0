package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The proto JSON of actions and probes: pkg/kbagent/proto/proto.go's field order and omitempty, and
 * pkg/controller/component/kbagent.go's buildAction4KBAgent / buildProbe4KBAgent.
 */
class KbAgentEnvTest {
  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata: {name: c, namespace: ns}
      spec:
        componentSpecs:
          - name: db
            componentDef: db
      """;

  private static LowerFixture fixture(String actions) {
    String cmpd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata: {name: db}
        spec:
          runtime:
            containers:
              - name: main
                image: main:1
          lifecycleActions:
        """
            + actions.indent(4);
    return new LowerFixture(cmpd, CLUSTER);
  }

  private static String env(LowerFixture f, String name) {
    ObjectPod pod = new ObjectPod(PodTemplateBuilder.spec(f.context()));
    return pod.env("kbagent", name);
  }

  /** Reads the kbagent container's env. */
  private record ObjectPod(JsonNode spec) {
    String env(String container, String name) {
      for (JsonNode c : spec.path("containers")) {
        if (container.equals(c.path("name").asString())) {
          for (JsonNode e : c.path("env")) {
            if (name.equals(e.path("name").asString())) {
              return e.path("value").asString();
            }
          }
        }
      }
      return null;
    }
  }

  @Test
  void httpActionKeepsItsPortEvenEmptyAndDropsEmptyFields() {
    LowerFixture f =
        fixture(
            """
            memberJoin:
              nonBlocking: true
              timeoutSeconds: 5
              http:
                port: "8080"
                method: POST
                headers:
                  - {name: X-A, value: "1"}
            """);
    assertEquals(
        "[{\"name\":\"memberJoin\",\"http\":{\"port\":\"8080\",\"method\":\"POST\","
            + "\"headers\":[{\"name\":\"X-A\",\"value\":\"1\"}]},\"nonBlocking\":true,"
            + "\"timeoutSeconds\":5}]",
        env(f, KbAgentEnv.ACTION));
    assertEquals("null", env(f, KbAgentEnv.PROBE));
  }

  @Test
  void grpcResponseIsAlwaysWrittenAndRequestKeysAreSorted() {
    LowerFixture f =
        fixture(
            """
            readonly:
              grpc:
                port: "9000"
                service: svc
                method: M
                request: {z: "1", a: "2"}
            """);
    assertEquals(
        "[{\"name\":\"readonly\",\"grpc\":{\"port\":\"9000\",\"service\":\"svc\",\"method\":\"M\","
            + "\"request\":{\"a\":\"2\",\"z\":\"1\"},\"response\":{}}}]",
        env(f, KbAgentEnv.ACTION));
  }

  @Test
  void retryIntervalIsNanosecondsAndRetryIntervalSecondsWins() {
    LowerFixture f =
        fixture(
            """
            postProvision:
              exec: {command: [a]}
              retryPolicy: {maxRetries: 3, retryInterval: 5, retryIntervalSeconds: 2}
            preTerminate:
              exec: {command: [b]}
              retryPolicy: {retryInterval: 7}
            """);
    assertEquals(
        "[{\"name\":\"postProvision\",\"exec\":{\"command\":[\"a\"]},"
            + "\"retryPolicy\":{\"maxRetries\":3,\"retryInterval\":2000000000}},"
            + "{\"name\":\"preTerminate\",\"exec\":{\"command\":[\"b\"]},"
            + "\"retryPolicy\":{\"retryInterval\":7}}]",
        env(f, KbAgentEnv.ACTION));
  }

  @Test
  void probesGetAReportPeriodOfAtLeast15AndTheRoleProbeWatchesTheRoleLabel() {
    LowerFixture f =
        fixture(
            """
            availableProbe:
              exec: {command: [up]}
              periodSeconds: 30
              failureThreshold: 2
            roleProbe:
              exec: {command: [role]}
              initialDelaySeconds: 4
            dataDump:
              exec: {command: [dump]}
            """);
    assertEquals(
        "[{\"name\":\"dataDump\",\"exec\":{\"command\":[\"dump\"]}},"
            + "{\"name\":\"roleProbe\",\"exec\":{\"command\":[\"role\"]}},"
            + "{\"name\":\"availableProbe\",\"exec\":{\"command\":[\"up\"]}}]",
        env(f, KbAgentEnv.ACTION));
    assertEquals(
        "[{\"instance\":\"c-db\",\"action\":\"roleProbe\",\"initialDelaySeconds\":4,"
            + "\"reportPeriodSeconds\":60,\"reportOnFileChange\":[\"/etc/kubeblocks/pod-metadata\"]},"
            + "{\"instance\":\"c-db\",\"action\":\"availableProbe\",\"periodSeconds\":30,"
            + "\"failureThreshold\":2,\"reportPeriodSeconds\":30}]",
        env(f, KbAgentEnv.PROBE));
    assertEquals("dataDump", env(f, KbAgentEnv.STREAMING));
  }

  @Test
  void reportPeriodFollowsThePeriod() {
    assertEquals(60, KbAgentEnv.reportPeriod(0));
    assertEquals(15, KbAgentEnv.reportPeriod(1));
    assertEquals(15, KbAgentEnv.reportPeriod(15));
    assertEquals(16, KbAgentEnv.reportPeriod(16));
  }

  @Test
  void execEnvKeepsTheFirstOfANameInActionOrderAndLeavesOutTheAvailableProbe() {
    LowerFixture f =
        fixture(
            """
            availableProbe:
              exec:
                command: [up]
                env: [{name: ONLY_AVAILABLE, value: x}]
            roleProbe:
              exec:
                command: [role]
                env: [{name: A, value: from-probe}, {name: C, value: c}]
            switchover:
              exec:
                command: [s]
                env: [{name: B, value: b}, {name: A, value: from-switchover}]
            """);
    JsonNode pod = PodTemplateBuilder.spec(f.context());
    List<String> names = new java.util.ArrayList<>();
    List<String> values = new java.util.ArrayList<>();
    for (JsonNode e : pod.path("containers").get(1).path("env")) {
      names.add(e.path("name").asString());
      values.add(e.path("value").asString(""));
    }
    assertEquals(
        List.of(
            "B",
            "A",
            "C",
            "KB_AGENT_NAMESPACE",
            "KB_AGENT_POD_NAME",
            "KB_AGENT_POD_UID",
            "KB_AGENT_NODE_NAME",
            "KB_AGENT_ACTION",
            "KB_AGENT_PROBE"),
        names);
    assertEquals("from-switchover", values.get(1));
  }
}
