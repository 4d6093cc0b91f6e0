package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.Samples.CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CMPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.api.Target;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PodDisruptionBudgetLowererTest {
  private static final String QUORUM =
      CMPD
          + """
          roles:
            - name: leader
              participatesInQuorum: true
            - name: learner
          """
              .indent(2);

  private static String replicas(int n) {
    return CLUSTER.replace("replicas: 3", "replicas: " + n);
  }

  private static List<ObjectNode> lower(String cmpd, String cluster, Target target) {
    return new PodDisruptionBudgetLowerer()
        .lower(new LowerFixture(cmpd, cluster).target(target).context());
  }

  @Test
  void quorumRolesKeepAMajority() {
    for (int[] c : new int[][] {{2, 2}, {3, 2}, {4, 3}, {5, 3}}) {
      List<ObjectNode> out = lower(QUORUM, replicas(c[0]), Target.INSTANCESET);
      assertEquals(1, out.size());
      JsonNode spec = out.get(0).path("spec");
      assertEquals(c[1], spec.path("minAvailable").asInt(), "replicas " + c[0]);
      assertFalse(spec.has("maxUnavailable"));
    }
  }

  @Test
  void withoutQuorumOnePodAtATime() {
    ObjectNode pdb = lower(CMPD, replicas(3), Target.STATEFULSET).get(0);
    assertEquals("policy/v1", pdb.path("apiVersion").asString());
    assertEquals("PodDisruptionBudget", pdb.path("kind").asString());
    assertEquals("demo-db", pdb.path("metadata").path("name").asString());
    assertEquals("prod", pdb.path("metadata").path("namespace").asString());
    assertEquals("db", pdb.path("metadata").path("labels").path(Labels.COMPONENT_NAME).asString());
    JsonNode spec = pdb.path("spec");
    assertEquals(1, spec.path("maxUnavailable").asInt());
    assertFalse(spec.has("minAvailable"));
    JsonNode match = spec.path("selector").path("matchLabels");
    assertEquals(4, match.size());
    assertEquals("demo", match.path(Labels.INSTANCE).asString());
    assertEquals("stable", match.path(Labels.RELEASE_PHASE).asString());
  }

  @Test
  void noBudgetForASinglePodOrTheKubeblocksTarget() {
    assertEquals(List.of(), lower(QUORUM, replicas(1), Target.INSTANCESET));
    assertEquals(List.of(), lower(QUORUM, replicas(0), Target.STATEFULSET));
    assertEquals(List.of(), lower(QUORUM, replicas(3), Target.KUBEBLOCKS));
  }
}
