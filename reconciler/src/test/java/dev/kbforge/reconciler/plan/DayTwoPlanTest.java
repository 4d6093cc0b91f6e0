package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The day-2 words and steps of a plan for an InstanceSet, whose claim templates may change (the
 * InstanceSet controller patches the claims itself: pkg/controller/instanceset/instance_util.go,
 * copyAndMergePVC) and whose stop is {@code spec.stop}; and a StatefulSet whose live claim
 * templates carry server defaults but the same size (no re-create).
 */
class DayTwoPlanTest {
  static GenericKubernetesResource instanceSet(String storage, boolean stop, String restart) {
    return Fixture.object(
        """
        apiVersion: workloads.kubeblocks.io/v1
        kind: InstanceSet
        metadata: {name: db-redis, namespace: demo}
        spec:
          replicas: 3
          %s
          template:
            metadata:
              annotations: {kubeblocks.io/restart: "%s"}
            spec: {containers: [{name: main, image: redis}]}
          volumeClaimTemplates:
            - metadata: {name: data}
              spec: {resources: {requests: {storage: %s}}}
        """
            .formatted(stop ? "stop: true" : "", restart, storage));
  }

  static Plan plan(GenericKubernetesResource desired, GenericKubernetesResource live) {
    List<GenericKubernetesResource> tree = List.of(desired);
    ApplySet set = Planner.applySet("t", tree);
    LiveState state = new LiveState(Map.of(ObjectRef.of(live), live), List.of(), null);
    return Planner.plan(set, tree, state, new PlanOptions(false, false, "1.0"));
  }

  @Test
  void anInstanceSetsGrownClaimsAreLeftToItsControllerAndSaidInWords() {
    Plan plan = plan(instanceSet("20Gi", false, "a"), instanceSet("10Gi", false, "a"));
    assertEquals(
        List.of(
            "expand the claims data-db-redis-* 10Gi → 20Gi (the InstanceSet controller patches them)"),
        plan.operations());
    assertEquals(List.of(), plan.steps(Action.EXPAND));
    assertEquals(List.of(), plan.steps(Action.RECREATE));
    assertEquals(
        1,
        plan.steps(Action.UPDATE).stream()
            .filter(s -> s.ref().kind().equals("InstanceSet"))
            .count());
  }

  @Test
  void anInstanceSetStopAndRestartAreSaid() {
    Plan stop = plan(instanceSet("10Gi", true, "a"), instanceSet("10Gi", false, "a"));
    assertEquals(
        List.of(
            "stop InstanceSet db-redis: the InstanceSet controller deletes the pods; PVCs,"
                + " Services, config and Secrets stay"),
        stop.operations());
    Plan restart = plan(instanceSet("10Gi", false, "b"), instanceSet("10Gi", false, "a"));
    assertEquals(
        List.of(
            "restart InstanceSet db-redis: kubeblocks.io/restart b changes the pod template, so"
                + " the pods roll (the InstanceSet controller re-creates them, role by role)"),
        restart.operations());
  }

  @Test
  void serverDefaultsInLiveClaimTemplatesDoNotRecreateAStatefulSet() {
    GenericKubernetesResource desired =
        Fixture.object(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db-redis, namespace: demo}
            spec:
              replicas: 3
              volumeClaimTemplates:
                - metadata: {name: data}
                  spec: {resources: {requests: {storage: 10Gi}}}
            """);
    GenericKubernetesResource live =
        Fixture.object(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db-redis, namespace: demo}
            spec:
              replicas: 2
              volumeClaimTemplates:
                - apiVersion: v1
                  kind: PersistentVolumeClaim
                  metadata: {name: data}
                  spec: {volumeMode: Filesystem, resources: {requests: {storage: 10Gi}}}
                  status: {phase: Pending}
            """);
    Plan plan = plan(desired, live);
    assertEquals(List.of(), plan.steps(Action.RECREATE));
    assertEquals(List.of("scale out StatefulSet db-redis: 2 → 3 pods"), plan.operations());
  }
}
