package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.Samples.CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CMPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the day-2 edits of {@code kb cluster} change in the rendered workload: stop (KubeBlocks'
 * handleWorkloadStartNStop, controllers/apps/component/transformer_component_workload.go) and
 * restart (the kubeblocks.io/restart component annotation that pkg/operations/restart.go sets and
 * pkg/controller/component/workload.go copies into the pod template).
 */
class DayTwoLoweringTest {
  private static final Map<String, String> IMAGES = Map.of("main", "main:1.0");

  private static String withSpecLine(String line) {
    return CLUSTER.replace("      replicas: 3\n", "      replicas: 3\n      " + line + "\n");
  }

  private static ObjectNode lower(String cluster, Target target) {
    LowerFixture f = new LowerFixture(CMPD, cluster).images(IMAGES).target(target);
    return target == Target.STATEFULSET
        ? f.lowerOne(new StatefulSetLowerer())
        : f.lowerOne(new InstanceSetLowerer());
  }

  @Test
  void aStoppedComponentsStatefulSetRunsNoPodsAndKeepsItsClaimTemplates() {
    ObjectNode running = lower(CLUSTER, Target.STATEFULSET);
    ObjectNode stopped = lower(withSpecLine("stop: true"), Target.STATEFULSET);
    assertEquals(3, running.at("/spec/replicas").asInt());
    assertEquals(0, stopped.at("/spec/replicas").asInt());
    assertEquals(
        running.at("/spec/volumeClaimTemplates"), stopped.at("/spec/volumeClaimTemplates"));
    assertEquals(running.at("/spec/template"), stopped.at("/spec/template"));
  }

  @Test
  void aStoppedComponentsInstanceSetKeepsItsReplicasAndAsksToStop() {
    ObjectNode running = lower(CLUSTER, Target.INSTANCESET);
    ObjectNode stopped = lower(withSpecLine("stop: true"), Target.INSTANCESET);
    assertFalse(running.at("/spec").has("stop"));
    assertTrue(stopped.at("/spec/stop").asBoolean());
    assertEquals(3, stopped.at("/spec/replicas").asInt());
  }

  @Test
  void stopFalseIsRunning() {
    ObjectNode sts = lower(withSpecLine("stop: false"), Target.STATEFULSET);
    assertEquals(3, sts.at("/spec/replicas").asInt());
  }

  @Test
  void aRestartChangesThePodTemplateSoPodsRoll() {
    String restarted =
        withSpecLine("annotations:\n        kubeblocks.io/restart: \"2026-12-03T10:00:00Z\"");
    for (Target target : new Target[] {Target.STATEFULSET, Target.INSTANCESET}) {
      JsonNode before = lower(CLUSTER, target).at("/spec/template");
      JsonNode after = lower(restarted, target).at("/spec/template");
      assertNotEquals(before, after, target.toString());
      assertEquals(
          "2026-12-03T10:00:00Z",
          after.at("/metadata/annotations").path("kubeblocks.io/restart").asString(),
          target.toString());
      assertEquals(before.at("/spec"), after.at("/spec"), "only the annotation changes");
    }
  }
}
