package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the roles annotation and the kbagent probe kb render writes on StatefulSets. */
class RoleWorkloadsTest {
  final List<String> warnings = new ArrayList<>();
  final RoleListener listener =
      new RoleListener() {
        @Override
        public void warning(String message) {
          warnings.add(message);
        }
      };

  /**
   * A StatefulSet as kb render writes it: the roles annotation, and (unless {@code probe} is null)
   * a kbagent sidecar whose KB_AGENT_PROBE is {@code probe} and KB_AGENT_ACTION {@code actions}.
   */
  static GenericKubernetesResource statefulSet(
      String namespace, String roles, String probe, String actions) {
    String kbagent =
        probe == null
            ? "- {name: redis, image: redis}"
            : """
              - name: kbagent
                image: kbagent
                env:
                - {name: KB_AGENT_ACTION, value: '%s'}
                - {name: KB_AGENT_PROBE, value: '%s'}
              """
                .formatted(actions, probe);
    GenericKubernetesResource sts =
        Fixture.object(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: redis
            spec:
              selector:
                matchLabels: {app.kubernetes.io/instance: demo}
              template:
                spec:
                  containers:
            """
                + kbagent.indent(6));
    sts.getMetadata().setNamespace(namespace);
    Map<String, String> annotations = new java.util.HashMap<>();
    if (roles != null) {
      annotations.put("kbforge.dev/roles", roles);
    }
    sts.getMetadata().setAnnotations(annotations);
    return sts;
  }

  static GenericKubernetesResource statefulSet(String namespace, String roles, String probe) {
    return statefulSet(namespace, roles, probe, ACTIONS);
  }

  static final String ROLES =
      "[{\"name\":\"Primary\",\"updatePriority\":2,\"isExclusive\":true},"
          + "{\"name\":\"secondary\",\"updatePriority\":1,\"participatesInQuorum\":true}]";
  static final String PROBE =
      "[{\"instance\":\"demo-redis\",\"action\":\"roleProbe\",\"periodSeconds\":1}]";
  static final String ACTIONS =
      "[{\"name\":\"roleProbe\",\"http\":{\"port\":\"8008\"},\"timeoutSeconds\":3}]";

  @Test
  void readsRolesProbeAndSelector() {
    List<RoleWorkload> found =
        RoleWorkloads.of(List.of(statefulSet("demo", ROLES, PROBE)), "default", listener);

    assertEquals(List.of(), warnings);
    assertEquals(1, found.size());
    RoleWorkload w = found.get(0);
    assertEquals("StatefulSet demo/redis", w.ref().toString());
    assertEquals(Map.of("app.kubernetes.io/instance", "demo"), w.selector().getMatchLabels());
    assertEquals(
        List.of(new RoleDef("primary", 2, false, true), new RoleDef("secondary", 1, true, false)),
        w.roles());
    assertEquals(java.time.Duration.ofSeconds(1), w.probe().period());
    assertEquals(3, w.probe().timeoutSeconds());
  }

  @Test
  void instanceSetsCountTooButNotOtherKinds() {
    GenericKubernetesResource its = statefulSet("demo", ROLES, PROBE);
    its.setApiVersion("workloads.kubeblocks.io/v1");
    its.setKind("InstanceSet");
    GenericKubernetesResource deployment = statefulSet("demo", ROLES, PROBE);
    deployment.setKind("Deployment");
    List<RoleWorkload> found = RoleWorkloads.of(List.of(its, deployment), "default", listener);
    assertEquals(List.of(), warnings);
    assertEquals(1, found.size());
    assertEquals("InstanceSet demo/redis", found.get(0).ref().toString());
    assertEquals("workloads.kubeblocks.io", found.get(0).ref().group());
  }

  @Test
  void noTimeoutMeansThePeriodAndNoPeriodMeansAMinute() {
    String probe = "[{\"action\":\"roleProbe\"}]";
    String actions = "[{\"name\":\"roleProbe\",\"exec\":{\"command\":[\"role\"]}}]";
    RoleWorkload w =
        RoleWorkloads.of(List.of(statefulSet("demo", ROLES, probe, actions)), "default", listener)
            .get(0);
    assertEquals(java.time.Duration.ofSeconds(60), w.probe().period());
    assertEquals(java.time.Duration.ofSeconds(60), w.probe().timeout());
  }

  @Test
  void aNullProbeListAsGoWritesItMeansNoRoleProbe() {
    List<RoleWorkload> found =
        RoleWorkloads.of(List.of(statefulSet("demo", ROLES, "null", "null")), "default", listener);
    assertEquals(List.of(), found);
    assertEquals(
        List.of(
            "StatefulSet demo/redis has roles but its pods have no kbagent role probe; skipped"),
        warnings);
  }

  @Test
  void aStatefulSetWithoutNamespaceGetsTheDefaultOne() {
    List<RoleWorkload> found =
        RoleWorkloads.of(List.of(statefulSet(null, ROLES, PROBE)), "team-a", listener);
    assertEquals("team-a", found.get(0).ref().namespace());
  }

  @Test
  void objectsWithoutRolesAreNotWorkloads() {
    GenericKubernetesResource deployment = statefulSet("demo", ROLES, PROBE);
    deployment.setKind("Deployment");
    List<RoleWorkload> found =
        RoleWorkloads.of(List.of(statefulSet("demo", null, null), deployment), "default", listener);
    assertEquals(List.of(), found);
    assertEquals(List.of(), warnings);
  }

  @Test
  void unreadableAnnotationsAreSkippedWithAWarning() {
    List<RoleWorkload> found =
        RoleWorkloads.of(
            List.of(
                statefulSet("a", "[{\"name\":", PROBE),
                statefulSet("b", "{\"name\":\"primary\"}", PROBE),
                statefulSet("c", ROLES, null),
                statefulSet("d", ROLES, "{\"action\":\"roleProbe\"}")),
            "default",
            listener);
    assertEquals(List.of(), found);
    assertEquals(4, warnings.size(), String.valueOf(warnings));
    assertTrue(warnings.get(0).startsWith("StatefulSet a/redis: "), warnings.get(0));
    assertTrue(warnings.get(2).startsWith("StatefulSet c/redis "), warnings.get(2));
  }
}
