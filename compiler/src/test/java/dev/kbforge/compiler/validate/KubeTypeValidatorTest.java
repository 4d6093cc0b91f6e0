package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded Kubernetes objects checked against the fabric8 types. Only the codes of this validator
 * are compared (KB2010, KB2012, KB2013, KB2020, KB2021, KB2090), so the tests hold whatever the
 * kind schemas add.
 */
class KubeTypeValidatorTest {
  @TempDir Path dir;

  private List<String> kubeCodes(CompilerHarness harness, ValidateResult result) {
    return harness.codes(result).stream()
        .filter(c -> c.matches("KB20(10|12|13|20|21|90)@.*"))
        .toList();
  }

  private List<String> run(String file, String yaml) {
    CompilerHarness harness = new CompilerHarness(dir).file(file, yaml);
    return kubeCodes(harness, harness.validate());
  }

  @Test
  void runtimeNearMissesAreErrorsAtTheKeyAndWrongTypesErrorsAtTheValue() {
    CompilerHarness harness =
        new CompilerHarness(dir)
            .file(
                "cmpd.yaml",
                """
                apiVersion: apps.kubeblocks.io/v1
                kind: ComponentDefinition
                metadata:
                  name: demo
                spec:
                  runtime:
                    containers:
                      - name: main
                        image: busybox
                        imagePullPolicyy: IfNotPresent
                        ports:
                          - name: p
                            containerport: 80
                          - name: q
                            containerPort: "abc"
                """);
    ValidateResult result = harness.validate();
    assertEquals(
        List.of("KB2020@cmpd.yaml:10:9", "KB2020@cmpd.yaml:13:13", "KB2013@cmpd.yaml:15:28"),
        kubeCodes(harness, result));
    List<Severity> severities =
        result.diagnostics().stream()
            .filter(d -> d.code().matches("KB20(13|20)"))
            .map(Diagnostic::severity)
            .toList();
    assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR), severities);
  }

  @Test
  void misspeltFieldGetsADidYouMeanHint() {
    CompilerHarness harness =
        new CompilerHarness(dir)
            .file(
                "cmpd.yaml",
                """
                apiVersion: apps.kubeblocks.io/v1
                kind: ComponentDefinition
                metadata:
                  name: demo
                spec:
                  runtime:
                    containers:
                      - name: main
                        imagePullPolicyy: IfNotPresent
                """);
    Diagnostic d = harness.validate().diagnostics().get(0);
    assertEquals("KB2020", d.code());
    assertEquals("did you mean 'imagePullPolicy'?", d.hint());
  }

  @Test
  void stringFieldRejectsNumbersAndBooleans() {
    assertEquals(
        List.of("KB2013@cmpd.yaml:10:30", "KB2013@cmpd.yaml:12:30"),
        run(
            "cmpd.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentDefinition
            metadata:
              name: demo
            spec:
              runtime:
                containers:
                  - name: main
                    env:
                      - {name: A, value: 1}
                      - {name: B, value: "1"}
                      - {name: C, value: yes}
            """));
  }

  @Test
  void clusterTolerationTypoIsAnErrorAndQuantitiesAreFine() {
    assertEquals(
        List.of("KB2012@cluster.yaml:15:13"),
        run(
            "cluster.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: Cluster
            metadata:
              name: demo
              namespace: default
            spec:
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  componentDef: redis-7
                  replicas: 1
                  schedulingPolicy:
                    tolerations:
                      - key: dedicated
                        operater: Equal
                        value: db
                  resources:
                    limits:
                      cpu: 500m
                      memory: 1Gi
                    requests:
                      cpu: 1
                      memory: "512Mi"
            """));
  }

  @Test
  void malformedQuantityAndNonScalarQuantity() {
    assertEquals(
        List.of("KB2090@cluster.yaml:13:45", "KB2013@cluster.yaml:16:37"),
        run(
            "cluster.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: Cluster
            metadata:
              name: demo
            spec:
              terminationPolicy: Delete
              componentSpecs:
                - name: redis
                  replicas: 1
                  volumeClaimTemplates:
                    - name: data
                      spec:
                        resources: {requests: {storage: 20GB}}
                  instances:
                    - name: big
                      resources: {limits: {cpu: [2]}}
            """));
  }

  @Test
  void intOrStringTargetPortAcceptsBothButNotABoolean() {
    assertEquals(
        List.of("KB2013@cmpd.yaml:21:25"),
        run(
            "cmpd.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentDefinition
            metadata:
              name: demo
            spec:
              runtime:
                containers:
                  - name: main
              services:
                - name: default
                  spec:
                    ports:
                      - name: by-number
                        port: 6379
                        targetPort: 6379
                      - name: by-name
                        port: 6380
                        targetPort: redis
                      - name: broken
                        port: 6381
                        targetPort: true
            """));
  }

  @Test
  void otherComponentDefinitionSpotsAreChecked() {
    assertEquals(
        List.of(
            "KB2012@cmpd.yaml:11:7",
            "KB2012@cmpd.yaml:17:11",
            "KB2012@cmpd.yaml:23:13",
            "KB2013@cmpd.yaml:29:34"),
        run(
            "cmpd.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentDefinition
            metadata:
              name: demo
            spec:
              runtime:
                containers:
                  - name: main
              policyRules:
                - apiGroups: [""]
                  resource: [pods]
                  verbs: [get]
              vars:
                - name: PASSWORD
                  valueFrom:
                    secretKeyRef:
                      nam: creds
                      key: password
              lifecycleActions:
                postProvision:
                  exec:
                    env:
                      - nmae: X
                        value: "1"
              configs:
                - name: conf
                  reconfigure:
                    exec:
                      env: [{name: Z, value: 2}]
            """));
  }

  @Test
  void otherClusterSpotsAreChecked() {
    assertEquals(
        List.of(
            "KB2012@cluster.yaml:9:7",
            "KB2012@cluster.yaml:13:9",
            "KB2012@cluster.yaml:20:23",
            "KB2013@cluster.yaml:22:45",
            "KB2012@cluster.yaml:25:25",
            "KB2013@cluster.yaml:30:22",
            "KB2012@cluster.yaml:33:27"),
        run(
            "cluster.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: Cluster
            metadata:
              name: demo
            spec:
              terminationPolicy: Delete
              schedulingPolicy:
                affinity:
                  podAffinityy: {}
              services:
                - name: external
                  spec:
                    typ: LoadBalancer
              shardings:
                - name: shard
                  shards: 3
                  template:
                    replicas: 2
                    network:
                      dnsConfig: {nameserver: [1.1.1.1]}
                    volumes:
                      - {name: data, emptyDir: {medium: 1}}
                    configs:
                      - name: conf
                        configMap: {nme: x}
                  shardTemplates:
                    - name: big
                      env:
                        - name: A
                          value: 1
                      instances:
                        - name: one
                          resources: {limit: {}}
            """));
  }

  @Test
  void shardingDefinitionActionEnvIsChecked() {
    assertEquals(
        List.of("KB2012@sd.yaml:13:13"),
        run(
            "sd.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: demo
            spec:
              template:
                compDef: redis-cluster
              lifecycleActions:
                shardAdd:
                  exec:
                    env:
                      - name: A
                        valu: "1"
            """));
  }
}
