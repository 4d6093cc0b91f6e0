package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * serviceRefVarRef follows KubeBlocks' ClusterObjectReference rules (pkg/controller/component/
 * vars.go, resolveServiceRefVarRefLow): a reference the Cluster component does not bind is an
 * absent object (left out when optional, KB5210 when not); a bound one cannot be read offline
 * (KB5225).
 */
class ServiceRefVarRefsTest {
  private static final String DEFINITION =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: app-1.0
      spec:
        serviceVersion: 1.0.0
        serviceRefDeclarations:
          - name: store
            optional: true
            serviceRefDeclarationSpecs:
              - serviceKind: kv
                serviceVersion: "^1"
        runtime:
          containers:
            - name: app
              image: example.org/app:1.0.0
        vars:
          - name: STORE_ENDPOINT
            valueFrom:
              serviceRefVarRef: {name: store, optional: true, endpoint: Required}
          - name: STORE_HOST
            valueFrom:
              serviceRefVarRef: {name: store, host: Required}
      """;

  private static String cluster(String serviceRefs) {
    return """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: k
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: app
              componentDef: app-1.0
        """
        + serviceRefs;
  }

  @Test
  void anUnboundReferenceIsLeftOutWhenOptionalAndMissingOtherwise() {
    SynthHarness h = SynthHarness.of("cmpd.yaml", DEFINITION, "cluster.yaml", cluster("")).valid();
    ResolvedVars vars = h.vars("k", "app");
    assertFalse(vars.plain().containsKey("STORE_ENDPOINT"));
    assertFalse(vars.plain().containsKey("STORE_HOST"));
    // STORE_HOST's reference is not optional: reported at the Cluster component that lacks it
    assertEquals(
        List.of("KB5210@" + VarFixtures.at("cluster.yaml", cluster(""), "name: app")), h.codes());
  }

  @Test
  void aBoundReferenceIsNotReadOffline() {
    String bound =
        """
              serviceRefs:
                - name: store
                  serviceDescriptor: my-store
        """;
    SynthHarness h =
        SynthHarness.of("cmpd.yaml", DEFINITION, "cluster.yaml", cluster(bound)).valid();
    ResolvedVars vars = h.vars("k", "app");
    assertFalse(vars.plain().containsKey("STORE_ENDPOINT"));
    assertEquals(
        List.of(
            "KB5225@" + VarFixtures.varAt("cmpd.yaml", DEFINITION, "STORE_ENDPOINT"),
            "KB5225@" + VarFixtures.varAt("cmpd.yaml", DEFINITION, "STORE_HOST")),
        h.codes());
  }
}
