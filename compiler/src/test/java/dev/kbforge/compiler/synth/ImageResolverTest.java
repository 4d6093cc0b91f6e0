package dev.kbforge.compiler.synth;

import static dev.kbforge.compiler.synth.SynthHarness.named;
import static dev.kbforge.compiler.synth.VarFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Images per container and per exec action, chosen from ComponentVersion releases. */
class ImageResolverTest {
  private static final String DEFINITIONS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: app-1
      spec:
        lifecycleActions:
          roleProbe:
            exec:
              container: main
              command: ["probe"]
          postProvision:
            exec:
              image: example.org/own-hook:1
              command: ["hook"]
        runtime:
          initContainers:
            - name: init
          containers:
            - name: main
            - name: side
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: app-2
      spec:
        serviceVersion: 2.0.0
        runtime:
          containers:
            - name: main
            - name: side
              image: example.org/side:own
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentVersion
      metadata:
        name: app
      spec:
        compatibilityRules:
          - compDefs: ["app-1"]
            releases: [zz-rc, aa, r1, r2]
          - compDefs: ["app-2"]
            releases: [two, three, mixed]
        releases:
          - name: zz-rc
            serviceVersion: 1.0.0-rc.1
            images: {main: "example.org/main:rc", init: "example.org/init:rc"}
          - name: aa
            serviceVersion: 1.0.0
            images: {main: "example.org/main:1.0.0"}
          - name: r1
            serviceVersion: 1.0.0
            images: {Side: "example.org/side:r1", ROLEPROBE: "example.org/probe:r1", init: "example.org/init:r1"}
          - name: r2
            serviceVersion: 1.0.0
            images: {side: "example.org/side:r2", stranger: "example.org/unused"}
          - name: two
            serviceVersion: 2.0.0
            images: {other: "example.org/other:2"}
          - name: three
            serviceVersion: 3.0.0
            images: {main: "example.org/main:3"}
          - name: mixed
            serviceVersion: 3.0.0-rc.1
            images: {side: "example.org/side:3rc"}
      """;

  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: img
      spec:
        terminationPolicy: Delete
        componentSpecs:
          - name: one
            componentDef: app-1
            serviceVersion: 1.0.0
          - name: two
            componentDef: app-2
            serviceVersion: 2.0.0
          - name: three
            componentDef: app-2
            serviceVersion: 3.0.0
      """;

  private final SynthHarness harness =
      SynthHarness.of("defs.yaml", DEFINITIONS, "cluster.yaml", CLUSTER).valid();
  private final List<SynthesizedComponent> components = harness.components("img");

  @Test
  void exactVersionTextWinsThenTheReleaseNameThatSortsLast() {
    assertEquals(
        Map.of(
            // aa has the exact version 1.0.0; zz-rc sorts last but matches only loosely
            "main", "example.org/main:1.0.0",
            // exact in r1 and r2: r2 sorts last; keys compare case-insensitively
            "side", "example.org/side:r2",
            "init", "example.org/init:r1",
            // an action's image, keyed by the action name as the definition spells it
            "roleProbe", "example.org/probe:r1"),
        named(components, "one").images());
  }

  @Test
  void containersWithoutAReleaseImageKeepTheirOwnOnlyForTheDefinitionsVersion() {
    String two = at("cluster.yaml", CLUSTER, "name: two");
    String three = at("cluster.yaml", CLUSTER, "name: three");
    assertEquals(Map.of(), named(components, "two").images());
    assertEquals(
        Map.of("main", "example.org/main:3", "side", "example.org/side:3rc"),
        named(components, "three").images());
    assertEquals(
        List.of(
            "KB5201@" + two, // main has no image at 2.0.0 (side keeps its own: same version)
            "KB5202@" + three), // main from 3.0.0, side from 3.0.0-rc.1
        harness.codes());
  }

  @Test
  void theDefinitionsOwnActionImageIsKeptWhenNoReleaseNamesTheAction() {
    // postProvision is not in the map: the lowering keeps example.org/own-hook:1
    assertEquals(false, named(components, "one").images().containsKey("postProvision"));
  }

  @Test
  void aContainerEndsUpWithTheReleaseImageElseItsOwn() {
    SynthesizedComponent two = named(components, "two");
    List<JsonNode> containers = Nodes.items(two.definitionSpec().path("runtime"), "containers");
    assertEquals(Optional.empty(), ImageResolver.imageOf(two, containers.get(0)));
    assertEquals(
        Optional.of("example.org/side:own"), ImageResolver.imageOf(two, containers.get(1)));
    SynthesizedComponent three = named(components, "three");
    assertEquals(
        Optional.of("example.org/side:3rc"), ImageResolver.imageOf(three, containers.get(1)));
  }
}
