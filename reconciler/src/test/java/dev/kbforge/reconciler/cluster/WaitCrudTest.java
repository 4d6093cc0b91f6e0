package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Stage;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --wait and CRDs against the CRUD mock. */
class WaitCrudTest {
  static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: demo}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: web, image: nginx}]
      """;

  static final String CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata: {name: instancesets.workloads.kubeblocks.io}
      spec:
        group: workloads.kubeblocks.io
        names: {kind: InstanceSet, plural: instancesets, singular: instanceset, listKind: InstanceSetList}
        scope: Namespaced
        versions:
        - name: v1
          served: true
          storage: true
          schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
      """;

  static final String INSTANCE_SET =
      """
      apiVersion: workloads.kubeblocks.io/v1
      kind: InstanceSet
      metadata: {name: redis, namespace: demo}
      spec:
        replicas: 1
      """;

  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void timesOutNamingTheObjectItWaitsFor() {
    Fixture.write(dir, "web.yaml", DEPLOYMENT);
    fixture.waitReady = true;
    fixture.timeout = Duration.ofMillis(300);

    ReconcileException e = assertThrows(ReconcileException.class, () -> fixture.apply(mock, dir));

    assertEquals(
        "timed out after 300ms waiting for Deployment demo/web to be rolled out"
            + " (generation 1 not observed yet)",
        e.getMessage());
  }

  @Test
  void returnsOnceRolledOut() {
    Fixture.write(dir, "web.yaml", DEPLOYMENT);
    fixture.apply(mock, dir);
    mock.client
        .apps()
        .deployments()
        .inNamespace("demo")
        .withName("web")
        .editStatus(
            d -> {
              d.setStatus(new io.fabric8.kubernetes.api.model.apps.DeploymentStatus());
              d.getStatus().setObservedGeneration(d.getMetadata().getGeneration());
              d.getStatus().setReplicas(2);
              d.getStatus().setUpdatedReplicas(2);
              d.getStatus().setReadyReplicas(2);
              return d;
            });
    fixture.waitReady = true;

    var result = fixture.apply(mock, dir);

    assertTrue(
        fixture.done.stream()
            .anyMatch(s -> s.action() == Action.WAIT && s.ref().name().equals("web")));
    assertEquals(0, result.writes());
  }

  @Test
  void appliesCrdsFirstThenTheirCustomResources() {
    Fixture.write(dir, "its.yaml", INSTANCE_SET);
    Fixture.write(dir, "crd.yaml", CRD);

    var first = fixture.apply(mock, dir);

    List<Stage> stages = first.plan().steps().stream().map(s -> s.stage()).distinct().toList();
    assertEquals(
        List.of(Stage.CRDS, Stage.CRDS_ESTABLISHED, Stage.INVENTORY, Stage.WORKLOADS), stages);
    assertTrue(
        mock.client
                .genericKubernetesResources("workloads.kubeblocks.io/v1", "InstanceSet")
                .inNamespace("demo")
                .withName("redis")
                .get()
            != null);
    mock.clearRequests();
    var second = fixture.apply(mock, dir);
    assertEquals(List.of(), mock.writes());
    assertEquals(0, second.writes());
  }
}
