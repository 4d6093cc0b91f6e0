package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * KB5620: an action whose target pods kb apply (like KubeBlocks' SelectTargetPods,
 * pkg/controller/lifecycle/kbagent.go) could never find, reported where the selector is written.
 */
class KbAgentCallChecksTest {
  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata: {name: c, namespace: ns}
      spec:
        componentSpecs:
          - name: db
            componentDef: db
      """;

  private static LowerFixture fixture(String actions) {
    String cmpd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata: {name: db}
        spec:
          runtime:
            containers:
              - {name: main, image: "main:1"}
          roles:
            - {name: primary}
            - {name: secondary}
          lifecycleActions:
        """
            + actions.indent(4);
    return new LowerFixture(cmpd, CLUSTER);
  }

  private static boolean hasKbAgent(LowerFixture f) {
    return PodTemplateBuilder.spec(f.context()).toString().contains("KB_AGENT_ACTION");
  }

  @Test
  void selectorsKubeBlocksKnowsPass() {
    LowerFixture f =
        fixture(
            """
            accountProvision:
              exec: {command: [a], targetPodSelector: Role, matchingKey: Primary}
            memberLeave:
              targetPodSelector: Any
              exec: {command: [l]}
            postProvision:
              exec: {command: [p], targetPodSelector: Ordinal, matchingKey: "0"}
            """);
    assertTrue(hasKbAgent(f));
    assertEquals(List.of(), f.codes());
  }

  @Test
  void aRoleTheComponentDoesNotDefineIsReportedAtItsKey() {
    LowerFixture f =
        fixture(
            """
            accountProvision:
              exec: {command: [a], targetPodSelector: Role, matchingKey: leader}
            """);
    assertFalse(hasKbAgent(f));
    assertEquals(List.of("KB5620@cmpd.yaml:13:66"), f.codes());
  }

  @Test
  void anUnknownSelectorOrAnOrdinalThatIsNoNumberIsReported() {
    LowerFixture unknown =
        fixture(
            """
            postProvision:
              targetPodSelector: Leader
              exec: {command: [p]}
            """);
    hasKbAgent(unknown);
    assertEquals(List.of("KB5620@cmpd.yaml:13:26"), unknown.codes());

    LowerFixture ordinal =
        fixture(
            """
            postProvision:
              targetPodSelector: Ordinal
              matchingKey: first
              exec: {command: [p]}
            """);
    hasKbAgent(ordinal);
    assertEquals(List.of("KB5620@cmpd.yaml:14:20"), ordinal.codes());
  }
}
