package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kbforge.reconciler.testing.Fixture;
import org.junit.jupiter.api.Test;

class ReadinessTest {
  static String workload(String kind, String status) {
    return "apiVersion: apps/v1\nkind: "
        + kind
        + "\nmetadata: {name: a, generation: 2}\nspec: {replicas: 3}\nstatus: "
        + status
        + "\n";
  }

  @Test
  void deploymentsAndStatefulSetsRollOut() {
    assertEquals(
        "generation 2 not observed yet",
        Readiness.pending(Fixture.object(workload("Deployment", "{observedGeneration: 1}"))));
    assertEquals(
        "2/3 replicas updated",
        Readiness.pending(
            Fixture.object(
                workload("StatefulSet", "{observedGeneration: 2, updatedReplicas: 2}"))));
    assertEquals(
        "1/3 replicas ready",
        Readiness.pending(
            Fixture.object(
                workload(
                    "Deployment",
                    "{observedGeneration: 2, updatedReplicas: 3, readyReplicas: 1}"))));
    assertNull(
        Readiness.pending(
            Fixture.object(
                workload(
                    "Deployment",
                    "{observedGeneration: 2, updatedReplicas: 3, readyReplicas: 3}"))));
  }

  @Test
  void instanceSetsNeedReadyReplicas() {
    String its =
        "apiVersion: workloads.kubeblocks.io/v1\nkind: InstanceSet\n"
            + "metadata: {name: a, generation: 1}\nspec: {replicas: 2}\n";
    assertEquals(
        "1/2 replicas ready",
        Readiness.pending(
            Fixture.object(its + "status: {observedGeneration: 1, readyReplicas: 1}\n")));
    assertNull(
        Readiness.pending(
            Fixture.object(its + "status: {observedGeneration: 1, readyReplicas: 2}\n")));
  }

  @Test
  void aStoppedInstanceSetIsReadyWithoutPods() {
    String its =
        "apiVersion: workloads.kubeblocks.io/v1\nkind: InstanceSet\n"
            + "metadata: {name: a, generation: 2}\nspec: {replicas: 2, stop: true}\n";
    assertNull(
        Readiness.pending(
            Fixture.object(its + "status: {observedGeneration: 2, readyReplicas: 0}\n")));
    assertEquals(
        "generation 2 not observed yet",
        Readiness.pending(Fixture.object(its + "status: {observedGeneration: 1}\n")));
  }

  @Test
  void crdsAreEstablished() {
    String crd =
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
            + "metadata: {name: a}\n";
    assertEquals("not Established", Readiness.pending(Fixture.object(crd)));
    assertNull(
        Readiness.pending(
            Fixture.object(crd + "status: {conditions: [{type: Established, status: 'True'}]}\n")));
  }
}
