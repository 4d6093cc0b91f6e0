package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cluster.schema.json: each rule reported with its code at the offending key or value. */
class ClusterSchemaTest {
  @TempDir Path tmp;

  private static final String HEAD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: demo
      spec:
      """;

  /** Schema findings (KB200x) for a Cluster with this spec body (indented under spec:). */
  private List<String> schemaCodes(String spec) {
    CompilerHarness harness = new CompilerHarness(tmp).file("c.yaml", HEAD + spec.indent(2));
    return harness.codes(harness.validate()).stream().filter(c -> c.startsWith("KB200")).toList();
  }

  @Test
  void fullComponentSpecIsValid() {
    assertEquals(
        List.of(),
        schemaCodes(
            """
              terminationPolicy: Delete
              services:
                - name: vip
                  componentSelector: redis
                  spec: {type: ClusterIP}
                  someFutureField: kept
              componentSpecs:
                - name: redis
                  componentDef: redis-7
                  serviceVersion: 7.2.4
                  replicas: 2
                  labels: {team: db}
                  env:
                    - name: MODE
                      value: fast
                  resources:
                    limits: {cpu: "1", memory: 1Gi}
                  schedulingPolicy:
                    tolerations:
                      - {key: dedicated, operator: Exists}
                  volumeClaimTemplates:
                    - name: data
                      spec:
                        accessModes: [ReadWriteOnce]
                        storageClassName:
                  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain}
                  parallelPodManagementConcurrency: 50%
                  systemAccounts:
                    - name: default
                      secretRefRevision: ""
                      passwordConfig: {length: 16, letterCase: MixedCases}
                  instances:
                    - name: canary
                      replicas: 1
                  ordinals:
                    ranges: [{start: 0, end: 3}]
                  network:
                    hostPorts: [{name: redis, port: 6379}]
              shardings:
                - name: shard
                  shards: 3
                  template:
                    replicas: 2
              """));
  }

  @Test
  void terminationPolicyOutsideItsEnumIsReportedAtTheValue() {
    assertEquals(List.of("KB2003@c.yaml:6:22"), schemaCodes("terminationPolicy: Keep"));
  }

  @Test
  void missingTerminationPolicyIsReportedAtTheSpecKey() {
    assertEquals(
        List.of("KB2007@c.yaml:5:1"),
        schemaCodes(
            """
              componentSpecs:
                - name: redis
              """));
  }

  @Test
  void unknownComponentFieldIsReportedAtItsKey() {
    assertEquals(
        List.of("KB2001@c.yaml:10:7"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  replicas: 1
                  replica: 2
              """));
  }

  @Test
  void replicasMustBeANumber() {
    assertEquals(
        List.of("KB2002@c.yaml:9:17"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  replicas: three
              """));
  }

  @Test
  void negativeReplicasAreOutOfRange() {
    assertEquals(
        List.of("KB2008@c.yaml:9:17"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  replicas: -1
              """));
  }

  @Test
  void shardsAboveTheLimitAreOutOfRange() {
    assertEquals(
        List.of("KB2008@c.yaml:10:15"),
        schemaCodes(
            """
              terminationPolicy: Delete
              shardings:
                - name: shard
                  template: {replicas: 1}
                  shards: 5000
              """));
  }

  @Test
  void shardsAreRequired() {
    assertEquals(
        List.of("KB2007@c.yaml:8:7"),
        schemaCodes(
            """
              terminationPolicy: Delete
              shardings:
                - name: shard
              """));
  }

  @Test
  void componentNameLongerThan22IsTooLong() {
    assertEquals(
        List.of("KB2005@c.yaml:8:13"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: abcdefghijklmnopqrstuvw
              """));
  }

  @Test
  void componentNameWithUpperCaseBreaksThePattern() {
    assertEquals(
        List.of("KB2004@c.yaml:8:13"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: Redis
              """));
  }

  @Test
  void componentSpecsNeedANameButAShardingTemplateDoesNot() {
    assertEquals(
        List.of("KB2007@c.yaml:8:7"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - replicas: 1
              shardings:
                - name: shard
                  shards: 1
                  template: {replicas: 1}
              """));
  }

  @Test
  void emptyComponentSpecsHaveTooFewItems() {
    assertEquals(
        List.of("KB2006@c.yaml:7:19"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs: []
              """));
  }

  @Test
  void secretRefRevisionRequiresSecretRef() {
    assertEquals(
        List.of("KB2007@c.yaml:10:11"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  systemAccounts:
                    - name: default
                      secretRefRevision: "2"
                    - name: other
                      secretRefRevision: "2"
                      secretRef: {name: s}
              """));
  }

  @Test
  void podUpdatePolicyAndRetentionPolicyAreEnums() {
    assertEquals(
        List.of("KB2003@c.yaml:9:24", "KB2003@c.yaml:11:21"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  podUpdatePolicy: ReCreate
                  persistentVolumeClaimRetentionPolicy:
                    whenScaled: Keep
              """));
  }

  @Test
  void unknownFieldInSchedulingPolicyIsReportedButEmbeddedAffinityIsOpen() {
    assertEquals(
        List.of("KB2001@c.yaml:11:9"),
        schemaCodes(
            """
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  schedulingPolicy:
                    affinity: {podAntiAffinity: {}}
                    toleration: []
              """));
  }
}
