package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * componentdefinition.schema.json accepts every part of the API (vars, actions, probes, accounts,
 * embedded Kubernetes objects) and rejects what the API server would.
 */
class ComponentDefinitionShapesTest {
  @TempDir Path dir;

  /** Uses most of the API at once; every field here is valid. */
  private static final String FULL =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: kv-2.0.0
        annotations:
          note: "full example"
      spec:
        provider: example
        serviceVersion: 2.0.0
        runtime:
          hostPID: false
          containers:
            - name: kv
              image: kv:2.0
              ports: [{name: kv, containerPort: 7000}]
        vars:
          - name: SELF
            value: "$(POD_NAME)"
          - name: CM
            valueFrom: {configMapKeyRef: {name: settings, key: mode, optional: true}}
          - name: PEERS
            valueFrom:
              componentVarRef:
                compDef: ^kv-\\d+
                optional: true
                podFQDNsForRole: {role: leader, option: Required}
                multipleClusterObjectOption:
                  strategy: combined
                  combinedOption:
                    valueFormat: Flatten
                    flattenFormat: {delimiter: ",", keyValueDelimiter: ":"}
          - name: KV_PORT
            valueFrom:
              hostNetworkVarRef:
                container: {name: kv, port: {name: kv, option: Optional}}
          - name: KV_HOST
            valueFrom: {serviceVarRef: {name: client, host: Required, port: {name: kv}}}
          - name: ADMIN_PASSWORD
            valueFrom: {credentialVarRef: {name: admin, password: Required}}
          - name: TLS_ON
            valueFrom: {tlsVarRef: {enabled: Optional}}
          - name: CLUSTER
            valueFrom: {clusterVarRef: {clusterName: Required, namespace: Required}}
          - name: MEM
            valueFrom: {resourceVarRef: {memoryLimit: Required, storage: {name: data}}}
          - name: UPSTREAM
            valueFrom: {serviceRefVarRef: {name: upstream, endpoint: Required}}
          - name: SCALED
            expression: "{{ .MEM }}"
        services:
          - name: client
            serviceName: client
            roleSelector: leader
            spec:
              ports: [{name: kv, port: 7000, targetPort: kv}]
        systemAccounts:
          - name: admin
            initAccount: true
            passwordConfig: {length: 20, numDigits: 4, letterCase: MixedCases}
          - name: monitor
            statement: {create: "CREATE USER monitor"}
            passwordGenerationPolicy: {length: 12, numSymbols: 0}
        policyRules:
          - apiGroups: [""]
            resources: [pods]
            verbs: [get, list]
        available:
          withProbe:
            timeWindowSeconds: 30
            condition:
              all: {succeed: true, stdout: {contains: ok}, and: [{stderr: {equalTo: ""}}]}
              or: [{majority: {succeed: true}}]
              not: {none: {succeed: false}}
        lifecycleActions:
          roleProbe:
            periodSeconds: 2
            exec:
              container: kv
              command: [kvctl, role]
              env: [{name: MODE, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
          availableProbe:
            http: {port: "7001", path: /health, method: GET, headers: [{name: A, value: b}]}
          switchover:
            grpc: {port: admin, service: kv.Admin, method: Switch, request: {to: x}}
            preCondition: ComponentReady
            retryPolicy: {maxRetries: 3, retryIntervalSeconds: 5}
            targetPodSelector: Role
            matchingKey: leader
        tls: {volumeName: tls, mountPath: /etc/tls, caFile: ca.crt}
        exporter: {containerName: kv, scrapePort: metrics, scrapeScheme: http}
        serviceRefDeclarations:
          - name: upstream
            serviceRefDeclarationSpecs: [{serviceKind: kv, serviceVersion: "^2"}]
      """;

  private List<String> schemaErrors(String yaml) {
    CompilerHarness harness = new CompilerHarness(dir).file("cmpd.yaml", yaml);
    ValidateResult result = harness.validate();
    List<Diagnostic> errors =
        result.diagnostics().stream()
            .filter(d -> d.isError() && d.code().startsWith("KB2"))
            .toList();
    return harness.codes(new ValidateResult(errors, result.files(), result.documents()));
  }

  private static String change(String from, String to) {
    if (!FULL.contains(from)) {
      throw new IllegalArgumentException("not in the full document: " + from);
    }
    return FULL.replace(from, to);
  }

  @Test
  void everyPartOfTheApiIsAccepted() {
    assertEquals(List.of(), schemaErrors(FULL));
  }

  @Test
  void actionPortsAreStringsAsInTheCrd() {
    assertEquals(
        List.of("KB2002@cmpd.yaml:82:20"), schemaErrors(change("port: \"7001\"", "port: 7001")));
  }

  @Test
  void unknownPreConditionIsAnEnumError() {
    assertEquals(
        List.of("KB2003@cmpd.yaml:85:21"),
        schemaErrors(change("preCondition: ComponentReady", "preCondition: Whenever")));
  }

  @Test
  void aVarTakesItsValueFromOneSourceOnly() {
    assertEquals(
        List.of("KB2006@cmpd.yaml:41:18"),
        schemaErrors(
            change(
                "{tlsVarRef: {enabled: Optional}}",
                "{tlsVarRef: {enabled: Optional}, clusterVarRef: {namespace: Required}}")));
  }

  @Test
  void unknownFieldInAVarReferenceIsReportedAtTheKey() {
    assertEquals(
        List.of("KB2001@cmpd.yaml:39:51"),
        schemaErrors(
            change("{name: admin, password: Required}", "{name: admin, pasword: Required}")));
  }

  @Test
  void passwordLimitsApplyUnderBothNames() {
    assertEquals(
        List.of("KB2008@cmpd.yaml:59:32", "KB2008@cmpd.yaml:62:58"),
        schemaErrors(
            change("{length: 20, numDigits: 4", "{length: 40, numDigits: 4")
                .replace("numSymbols: 0}", "numSymbols: 9}")));
  }

  @Test
  void probeFieldsAreNotAllowedOnPlainActions() {
    assertEquals(
        List.of("KB2001@cmpd.yaml:85:7"),
        schemaErrors(change("      preCondition: ComponentReady", "      periodSeconds: 5")));
  }
}
