package dev.kbforge.compiler.synth;

import static dev.kbforge.compiler.synth.VarFixtures.at;
import static dev.kbforge.compiler.synth.VarFixtures.varAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Vars whose compDef selects several components of the cluster ({@code
 * multipleClusterObjectOption}), and references that find nothing.
 */
class MultipleObjectsTest {
  private static final String NODE =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: node-1.0
      spec:
        serviceVersion: 1.0.0
        services:
          - name: main
            serviceName: main
            spec:
              ports:
                - name: peer
                  port: 7000
        systemAccounts:
          - name: root
            initAccount: true
        runtime:
          containers:
            - name: node
              image: example.org/node:1.0.0
      """;

  private static final String WATCHER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: watcher-1.0
      spec:
        serviceVersion: 1.0.0
        runtime:
          containers:
            - name: watcher
              image: example.org/watcher:1.0.0
        vars:
          - name: NODES
            valueFrom:
              componentVarRef:
                compDef: node-
                podNames: Required
                multipleClusterObjectOption: {strategy: individual}
          - name: NODE_PORTS
            valueFrom:
              serviceVarRef:
                compDef: node-
                name: main
                port: {name: peer}
                multipleClusterObjectOption: {strategy: combined}
          - name: NODE_HOSTS
            valueFrom:
              serviceVarRef:
                compDef: node-
                name: main
                host: Required
                multipleClusterObjectOption:
                  strategy: combined
                  combinedOption:
                    newVarSuffix: ALL
                    flattenFormat: {delimiter: ";", keyValueDelimiter: "="}
          - name: NODE_PASSWORDS
            valueFrom:
              credentialVarRef:
                compDef: node-
                name: root
                password: Required
                multipleClusterObjectOption: {strategy: individual}
          - name: COMBINED_SECRET
            valueFrom:
              credentialVarRef:
                compDef: node-
                name: root
                password: Required
                multipleClusterObjectOption: {strategy: combined}
          - name: NO_OPTION
            valueFrom: {componentVarRef: {compDef: node-, componentName: Required}}
          - name: MISSING
            valueFrom: {componentVarRef: {compDef: absent-, componentName: Required}}
          - name: MAYBE
            valueFrom: {componentVarRef: {compDef: absent-, optional: true, componentName: Required}}
          - name: NEED_TLS
            valueFrom: {tlsVarRef: {enabled: Required}}
          - name: ROOT
            valueFrom: {credentialVarRef: {compDef: node-, name: root, password: Required}}
      """;

  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: m
      spec:
        terminationPolicy: Delete
        componentSpecs:
          - name: a1
            componentDef: node-1.0
          - name: a-2
            componentDef: node-1.0
            replicas: 2
          - name: watcher
            componentDef: watcher-1.0
      """;

  private final SynthHarness harness =
      SynthHarness.of("node.yaml", NODE, "watcher.yaml", WATCHER, "cluster.yaml", CLUSTER).valid();
  private final ResolvedVars vars = harness.vars("m", "watcher");

  @Test
  void individualGivesAnEmptyVarPlusOnePerComponentSortedByName() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("NODES", "");
    expected.put("NODES_A1", "m-a1-0");
    expected.put("NODES_A_2", "m-a-2-0,m-a-2-1");
    expected.put("NODE_PORTS", "a-2:7000,a1:7000");
    expected.put("NODE_HOSTS", "");
    expected.put("NODE_HOSTS_ALL", "a-2=m-a-2-main;a1=m-a1-main");
    expected.put("NODE_PASSWORDS", "");
    assertEquals(expected, vars.plain());
  }

  @Test
  void individualCredentialsStaySecretKeyRefs() {
    assertEquals(
        List.of(
            "{\"name\":\"NODE_PASSWORDS_A_2\",\"valueFrom\":{\"secretKeyRef\":"
                + "{\"name\":\"m-a-2-account-root\",\"key\":\"password\"}}}",
            "{\"name\":\"NODE_PASSWORDS_A1\",\"valueFrom\":{\"secretKeyRef\":"
                + "{\"name\":\"m-a1-account-root\",\"key\":\"password\"}}}"),
        vars.env().stream().map(Object::toString).toList());
    assertFalse(vars.templateContext().containsKey("NODE_PASSWORDS_A1"));
  }

  @Test
  void whatCannotResolveIsAnErrorAtTheClusterComponentOrTheVar() {
    String watcher = at("cluster.yaml", CLUSTER, "name: watcher");
    assertEquals(
        List.of(
            "KB5210@" + watcher, // MISSING: no absent-* component, not optional
            "KB5211@" + watcher, // NEED_TLS: the component has no tls
            "KB5212@" + watcher, // NO_OPTION: two components match, no option
            "KB5212@" + watcher, // ROOT: the same
            "KB5213@" + varAt("watcher.yaml", WATCHER, "COMBINED_SECRET")),
        harness.codes());
  }

  @Test
  void anOptionalReferenceThatFindsNothingIsLeftOut() {
    assertFalse(vars.plain().containsKey("MAYBE"));
    assertFalse(vars.plain().containsKey("MISSING"));
  }
}
