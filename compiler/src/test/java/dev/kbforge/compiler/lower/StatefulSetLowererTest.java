package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.Samples.CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CMPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StatefulSetLowererTest {
  private static final Map<String, String> IMAGES = Map.of("main", "main:1.0");

  private static final String WITH_PROBE =
      CMPD
          + """
          roles:
            - name: leader
              updatePriority: 2
              isExclusive: true
            - name: follower
          lifecycleActions:
            roleProbe:
              periodSeconds: 2
              timeoutSeconds: 1
              exec:
                container: main
                command: ["/role.sh"]
          """
              .indent(2);

  private static LowerFixture fixture(String cmpd, String cluster) {
    return new LowerFixture(cmpd, cluster).images(IMAGES).target(Target.STATEFULSET);
  }

  private static ObjectNode lower(LowerFixture f) {
    return f.lowerOne(new StatefulSetLowerer());
  }

  @Test
  void aStatefulSetBehindTheHeadlessService() {
    LowerFixture f = fixture(CMPD, CLUSTER);
    ObjectNode sts = lower(f);
    assertEquals("apps/v1", sts.path("apiVersion").asString());
    assertEquals("StatefulSet", sts.path("kind").asString());
    assertEquals("demo-db", sts.path("metadata").path("name").asString());
    assertEquals("prod", sts.path("metadata").path("namespace").asString());
    JsonNode spec = sts.path("spec");
    assertEquals("demo-db-headless", spec.path("serviceName").asString());
    assertEquals(3, spec.path("replicas").asInt());
    assertEquals(
        "stable", spec.path("selector").path("matchLabels").path(Labels.RELEASE_PHASE).asString());
    assertEquals(
        "stable",
        spec.path("template")
            .path("metadata")
            .path("labels")
            .path(Labels.RELEASE_PHASE)
            .asString());
    assertEquals(
        "data", spec.path("volumeClaimTemplates").path(0).path("metadata").path("name").asString());
    assertEquals(
        "Delete", spec.path("persistentVolumeClaimRetentionPolicy").path("whenScaled").asString());
    assertEquals("OrderedReady", spec.path("podManagementPolicy").asString());
    assertEquals("RollingUpdate", spec.path("updateStrategy").path("type").asString());
    JsonNode annotations = sts.path("metadata").path("annotations");
    // a Delete cluster: pruned whole, claims included (KubeBlocks' default retention)
    assertFalse(annotations.has("argocd.argoproj.io/sync-options"));
    assertFalse(annotations.has("kustomize.toolkit.fluxcd.io/prune"));
    assertEquals(
        "Delete", spec.path("persistentVolumeClaimRetentionPolicy").path("whenDeleted").asString());
    assertFalse(annotations.has(RoleAnnotations.ROLES));
    assertEquals(List.of(), f.codes());
  }

  @Test
  void rolesTravelAsAnAnnotationAndTheProbeWithKbAgent() {
    LowerFixture f = fixture(WITH_PROBE, CLUSTER);
    ObjectNode sts = lower(f);
    JsonNode annotations = sts.path("metadata").path("annotations");
    assertEquals(
        "[{\"name\":\"leader\",\"updatePriority\":2,\"isExclusive\":true},{\"name\":\"follower\"}]",
        annotations.path("kbforge.dev/roles").asString());
    assertFalse(annotations.has("kbforge.dev/role-probe"));
    assertTrue(sts.toString().contains("KB_AGENT_PROBE"), "kbagent runs the probe");
  }

  @Test
  void anHttpProbeIsRunByKbAgentWithoutAFinding() {
    String cmpd =
        CMPD
            + """
            roles:
              - name: leader
            lifecycleActions:
              roleProbe:
                http:
                  port: "8080"
            """
                .indent(2);
    LowerFixture f = fixture(cmpd, CLUSTER);
    JsonNode annotations = lower(f).path("metadata").path("annotations");
    assertEquals("[{\"name\":\"leader\"}]", annotations.path("kbforge.dev/roles").asString());
    assertFalse(annotations.has("kbforge.dev/role-probe"));
    assertEquals(List.of(), f.codes());
  }

  @Test
  void aComponentWithRolesIsUpdatedInRoleOrderByKbApply() {
    ObjectNode sts = lower(fixture(WITH_PROBE, CLUSTER));
    assertEquals("OnDelete", sts.path("spec").path("updateStrategy").path("type").asString());
    assertEquals(
        "true",
        sts.path("metadata")
            .path("annotations")
            .path("kbforge.dev/role-ordered-update")
            .asString());

    // asked for OnDelete: the user rolls the pods, kb apply does not
    String cluster = CLUSTER + "      instanceUpdateStrategy:\n        type: OnDelete\n";
    ObjectNode own = lower(fixture(WITH_PROBE, cluster));
    assertEquals("OnDelete", own.path("spec").path("updateStrategy").path("type").asString());
    assertFalse(own.path("metadata").path("annotations").has("kbforge.dev/role-ordered-update"));
  }

  @Test
  void onDeleteUpdateStrategy() {
    String cluster = CLUSTER + "      instanceUpdateStrategy:\n        type: OnDelete\n";
    JsonNode strategy = lower(fixture(CMPD, cluster)).path("spec").path("updateStrategy");
    assertEquals("OnDelete", strategy.path("type").asString());
    assertFalse(strategy.has("rollingUpdate"));
  }

  @Test
  void whatAStatefulSetCannotExpressIsDroppedWithAWarning() {
    String cluster =
        CLUSTER
            + """
                  instances:
                    - name: big
                      replicas: 1
                  offlineInstances: [demo-db-1]
                  volumeClaimTemplates:
                    - name: logs
                      persistentVolumeClaimName: my-logs
                      spec: {}
            """;
    // the sample's own claim list gives way to the appended one (a key may appear only once)
    cluster =
        cluster.replaceFirst(
            "(?s)      volumeClaimTemplates:\n        - name: data.*?storage: 1Gi\n", "");
    LowerFixture f = fixture(CMPD, cluster);
    JsonNode spec = lower(f).path("spec");
    assertFalse(spec.has("instances"));
    assertFalse(spec.has("offlineInstances"));
    assertEquals(3, spec.path("replicas").asInt());
    assertEquals(
        List.of(
            "KB5302@" + Samples.at("cluster.yaml", cluster, "instances:", "instances"),
            "KB5302@"
                + Samples.at("cluster.yaml", cluster, "offlineInstances:", "offlineInstances"),
            "KB5303@"
                + Samples.at(
                    "cluster.yaml",
                    cluster,
                    "persistentVolumeClaimName:",
                    "persistentVolumeClaimName")),
        f.codes());
  }

  @Test
  void otherTargetsGetNoStatefulSet() {
    for (Target target : List.of(Target.INSTANCESET, Target.KUBEBLOCKS)) {
      LowerFixture f = new LowerFixture(CMPD, CLUSTER).images(IMAGES).target(target);
      assertEquals(List.of(), new StatefulSetLowerer().lower(f.context()));
    }
  }
}
