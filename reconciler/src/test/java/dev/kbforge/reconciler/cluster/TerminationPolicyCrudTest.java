package dev.kbforge.reconciler.cluster;

import static dev.kbforge.reconciler.cluster.ClusterTree.live;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb apply --prune} against the CRUD mock, per terminationPolicy, as KubeBlocks v1 defines
 * them (apis/apps/v1/cluster_types.go): a cluster {@code redis} leaves the tree while a cluster
 * {@code other} stays.
 */
class TerminationPolicyCrudTest {
  static final List<String> KINDS =
      List.of("ConfigMap", "Service", "StatefulSet", "Secret", "PersistentVolumeClaim");

  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  /** Applies {@code redis} (policy) and {@code other} (Delete), with their claims. */
  private void applyBoth(String policy) {
    ClusterTree.write(dir, "redis", "redis", policy, "Delete");
    ClusterTree.write(dir, "other", "db", "Delete", "Delete");
    fixture.apply(mock, dir);
    ClusterTree.makeClaims(mock, "redis", "redis");
    ClusterTree.makeClaims(mock, "other", "db");
  }

  private int objectsOf(String cluster) {
    return KINDS.stream().mapToInt(k -> live(mock, k, cluster).size()).sum();
  }

  private static List<String> refs(Plan plan, Action action) {
    return plan.steps(action).stream().map(s -> s.ref().toString()).toList();
  }

  private void remove(String folder) {
    for (File file : dir.resolve(folder).toFile().listFiles()) {
      file.delete();
    }
  }

  @Test
  void aDeleteClusterRemovedFromTheTreeLeavesNothingBehind() {
    applyBoth("Delete");
    assertEquals(6, objectsOf("redis")); // 3 rendered, the account Secret, 2 claims
    int others = objectsOf("other");
    remove("redis");
    fixture.prune = true;

    Plan dryRun = fixture.plan(mock, dir);
    assertEquals(
        List.of(
            "StatefulSet demo/redis-redis",
            "Service demo/redis-redis-headless",
            "ConfigMap demo/redis-redis-env",
            "Secret demo/redis-redis-account-default",
            "PersistentVolumeClaim demo/data-redis-redis-0",
            "PersistentVolumeClaim demo/data-redis-redis-1"),
        refs(dryRun, Action.PRUNE));
    String text = PlanText.plan(dryRun);
    assertTrue(
        text.contains(
            "prune      PersistentVolumeClaim demo/data-redis-redis-0: cluster demo/redis left the"
                + " tree, terminationPolicy Delete: deletes its data (2Gi)\n"),
        text);
    assertTrue(
        text.contains(
            "data: deletes 2 PersistentVolumeClaim(s): demo/data-redis-redis-0 (2Gi),"
                + " demo/data-redis-redis-1 (1Gi requested)\n"),
        text);

    fixture.deleteClaims = true;
    var result = fixture.apply(mock, dir);

    assertEquals(6, result.plan().steps(Action.PRUNE).size());
    assertEquals(0, objectsOf("redis"));
    assertEquals(others, objectsOf("other"));
    assertEquals(List.of(), refs(fixture.plan(mock, dir), Action.PRUNE));
  }

  @Test
  void aDoNotTerminateClusterLosesNothing() {
    applyBoth("DoNotTerminate");
    int before = objectsOf("redis");
    remove("redis");
    fixture.prune = true;
    fixture.deleteClaims = true;

    var result = fixture.apply(mock, dir);

    assertEquals(List.of(), result.plan().steps(Action.PRUNE));
    List<Step> kept = result.plan().steps(Action.KEEP);
    assertEquals(6, kept.size(), String.valueOf(kept));
    kept.forEach(
        s ->
            assertTrue(
                s.reason().startsWith("cluster demo/redis has terminationPolicy DoNotTerminate"),
                s.reason()));
    assertEquals(before, objectsOf("redis"));
  }

  @Test
  void wipeOutAlsoPrunesBackupsThatDeleteKeeps() {
    Fixture.write(dir, "crds/backups.yaml", BACKUP_CRD);
    ClusterTree.write(dir, "other", "db", "Delete", "Delete"); // keeps the parent in demo
    for (String policy : List.of("Delete", "WipeOut")) {
      ClusterTree.write(dir, "redis", "redis", policy, "Delete");
      Fixture.write(dir, "redis/backup.yaml", backup("nightly", "Delete"));
      Fixture.write(dir, "redis/kept.yaml", backup("kept", "Retain"));
      fixture.prune = false;
      fixture.apply(mock, dir);
      remove("redis");
      fixture.prune = true;

      var result = fixture.apply(mock, dir);

      List<String> pruned = refs(result.plan(), Action.PRUNE);
      List<String> kept = refs(result.plan(), Action.KEEP);
      assertEquals(
          !policy.equals("Delete"),
          pruned.contains("Backup demo/nightly"),
          PlanText.plan(result.plan()));
      assertEquals(
          policy.equals("Delete"),
          kept.contains("Backup demo/nightly"),
          PlanText.plan(result.plan()));
      assertTrue(kept.contains("Backup demo/kept"), policy);
      assertTrue(pruned.contains("StatefulSet demo/redis-redis"), policy);
    }
  }

  @Test
  void aChangeOfPolicyTakesEffectOnTheNextApplyBeforeAnyPrune() {
    ClusterTree.write(dir, "redis", "redis", "DoNotTerminate", "Delete");
    ClusterTree.write(dir, "redis", "sentinel", "DoNotTerminate", "Delete");
    fixture.apply(mock, dir);
    ClusterTree.makeClaims(mock, "redis", "sentinel");
    // one commit: the policy becomes Delete and the sentinel component goes
    ClusterTree.write(dir, "redis", "redis", "Delete", "Delete");
    dir.resolve("redis/sentinel.yaml").toFile().delete();
    fixture.prune = true;
    fixture.deleteClaims = true;

    var result = fixture.apply(mock, dir);

    // the sentinel's objects carry the opt-outs render gave them, but they were kbforge's
    assertEquals(
        List.of(
            "StatefulSet demo/redis-sentinel",
            "Service demo/redis-sentinel-headless",
            "ConfigMap demo/redis-sentinel-env",
            "Secret demo/redis-sentinel-account-default",
            "PersistentVolumeClaim demo/data-redis-sentinel-0",
            "PersistentVolumeClaim demo/data-redis-sentinel-1"),
        refs(result.plan(), Action.PRUNE));
    assertEquals(
        List.of("redis-redis-account-default", "redis-redis-env", "redis-redis-headless"),
        List.of(
                live(mock, "Secret", "redis"),
                live(mock, "ConfigMap", "redis"),
                live(mock, "Service", "redis"))
            .stream()
            .flatMap(List::stream)
            .sorted()
            .toList());
    // the workload and the ApplySet parent say Delete now (the opt-outs removed from the other
    // objects are fields the tree stopped setting: only server-side apply drops those)
    var sts = mock.client.apps().statefulSets().inNamespace("demo").withName("redis-redis").get();
    assertEquals(
        "Delete", sts.getMetadata().getAnnotations().get("kbforge.dev/termination-policy"));
    var parent =
        mock.client.configMaps().inNamespace("demo").withName("kbforge-applyset-test").get();
    assertEquals(
        "demo/redis=Delete",
        parent.getMetadata().getAnnotations().get("kbforge.dev/termination-policies"));
  }

  @Test
  void aPlanThatDeletesClaimsIsRefusedWithoutConfirmationAndWritesNothing() {
    applyBoth("Delete");
    int before = objectsOf("redis");
    remove("redis");
    fixture.prune = true;
    mock.clearRequests();

    ReconcileException refused =
        assertThrows(ReconcileException.class, () -> fixture.apply(mock, dir));

    assertTrue(
        refused.getMessage().startsWith("refusing to delete 2 PersistentVolumeClaim(s):"),
        refused.getMessage());
    assertEquals(List.of(), mock.writes());
    assertEquals(before, objectsOf("redis"));
  }

  @Test
  void claimsOfAWorkloadThatRetainsThemStay() {
    ClusterTree.write(dir, "redis", "redis", "Delete", "Retain");
    fixture.apply(mock, dir);
    ClusterTree.makeClaims(mock, "redis", "redis");
    remove("redis");
    Fixture.write(
        dir,
        "keep.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: demo}\n");
    fixture.prune = true;

    var result = fixture.apply(mock, dir);

    assertEquals(
        List.of(
            "PersistentVolumeClaim demo/data-redis-redis-0",
            "PersistentVolumeClaim demo/data-redis-redis-1"),
        refs(result.plan(), Action.KEEP));
    assertEquals(2, live(mock, "PersistentVolumeClaim", "redis").size());
    assertEquals(List.of(), live(mock, "StatefulSet", "redis"));
  }

  @Test
  void claimsNotLabelledByKubeBlocksAreNeverTouched() {
    applyBoth("Delete");
    // a Helm release called redis: same instance label, not managed by KubeBlocks
    mock.client
        .resource(
            Fixture.object(
                """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata:
                  name: helm-redis-data
                  namespace: demo
                  labels: {app.kubernetes.io/instance: redis, app.kubernetes.io/managed-by: Helm}
                spec:
                  accessModes: [ReadWriteOnce]
                  resources: {requests: {storage: 8Gi}}
                """))
        .create();
    remove("redis");
    fixture.prune = true;
    fixture.deleteClaims = true;

    fixture.apply(mock, dir);

    assertEquals(List.of("helm-redis-data"), live(mock, "PersistentVolumeClaim", "redis"));
  }

  static String backup(String name, String deletionPolicy) {
    return """
        apiVersion: dataprotection.kubeblocks.io/v1alpha1
        kind: Backup
        metadata:
          name: %s
          namespace: demo
          labels: {app.kubernetes.io/instance: redis}
        spec:
          backupPolicyName: redis-backup-policy
          backupMethod: datafile
          deletionPolicy: %s
        """
        .formatted(name, deletionPolicy);
  }

  static final String BACKUP_CRD =
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: backups.dataprotection.kubeblocks.io
      spec:
        group: dataprotection.kubeblocks.io
        scope: Namespaced
        names: {kind: Backup, plural: backups, singular: backup, listKind: BackupList}
        versions:
        - name: v1alpha1
          served: true
          storage: true
          schema:
            openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}
      """;
}
