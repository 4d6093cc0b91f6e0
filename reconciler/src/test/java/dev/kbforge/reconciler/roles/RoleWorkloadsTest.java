package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the role annotations kb render writes on StatefulSets. */
class RoleWorkloadsTest {
  final List<String> warnings = new ArrayList<>();
  final RoleListener listener =
      new RoleListener() {
        @Override
        public void warning(String message) {
          warnings.add(message);
        }
      };

  static GenericKubernetesResource statefulSet(String namespace, String roles, String probe) {
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
            """);
    sts.getMetadata().setNamespace(namespace);
    Map<String, String> annotations = new java.util.HashMap<>();
    if (roles != null) {
      annotations.put("kbforge.dev/roles", roles);
    }
    if (probe != null) {
      annotations.put("kbforge.dev/role-probe", probe);
    }
    sts.getMetadata().setAnnotations(annotations);
    return sts;
  }

  static final String ROLES =
      "[{\"name\":\"Primary\",\"updatePriority\":2,\"isExclusive\":true},"
          + "{\"name\":\"secondary\",\"updatePriority\":1,\"participatesInQuorum\":true}]";
  static final String PROBE =
      "{\"container\":\"redis\",\"command\":[\"/scripts/redis-role.sh\"],\"args\":[\"-v\"],"
          + "\"periodSeconds\":1,\"timeoutSeconds\":3}";

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
    assertEquals(List.of("/scripts/redis-role.sh", "-v"), w.probe().commandLine());
    assertEquals("redis", w.probe().container());
    assertEquals(java.time.Duration.ofSeconds(1), w.probe().period());
    assertEquals(java.time.Duration.ofSeconds(3), w.probe().timeout());
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
    String probe = "{\"container\":\"redis\",\"command\":[\"role\"]}";
    RoleWorkload w =
        RoleWorkloads.of(List.of(statefulSet("demo", ROLES, probe)), "default", listener).get(0);
    assertEquals(java.time.Duration.ofSeconds(60), w.probe().period());
    assertEquals(java.time.Duration.ofSeconds(60), w.probe().timeout());
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
                statefulSet("d", ROLES, "{\"container\":\"redis\",\"command\":[]}")),
            "default",
            listener);
    assertEquals(List.of(), found);
    assertEquals(4, warnings.size(), String.valueOf(warnings));
    assertTrue(warnings.get(0).startsWith("StatefulSet a/redis: "), warnings.get(0));
    assertTrue(warnings.get(2).startsWith("StatefulSet c/redis "), warnings.get(2));
  }
}
