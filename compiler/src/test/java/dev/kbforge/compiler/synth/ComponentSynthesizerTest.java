package dev.kbforge.compiler.synth;

import static dev.kbforge.compiler.synth.SynthHarness.named;
import static dev.kbforge.compiler.synth.VarFixtures.valueAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The components of a Cluster: its own, those the topology adds, and the shards of shardings. */
class ComponentSynthesizerTest {
  private static final String SHARDED =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: node-1.0
      spec:
        serviceVersion: 1.0.0
        runtime:
          containers:
            - name: node
              image: example.org/node:1.0.0
        vars:
          - name: SHARD_PODS
            valueFrom:
              componentVarRef:
                compDef: node-
                podNames: Required
                multipleClusterObjectOption: {strategy: individual}
          - name: SHARD_NAMES
            valueFrom:
              componentVarRef:
                compDef: node-
                shortName: Required
                multipleClusterObjectOption: {strategy: combined}
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: s
      spec:
        terminationPolicy: Delete
        shardings:
          - name: shard
            shards: 3
            template:
              componentDef: node-1.0
              replicas: 2
            shardTemplates:
              - name: big
                shards: 1
                replicas: 3
                shardIDs: ["x9z"]
              - name: none
                shards: 0
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: too-many
      spec:
        terminationPolicy: Delete
        shardings:
          - name: shard
            shards: 4
            template:
              componentDef: node-1.0
            shardTemplates:
              - name: big
                shards: 5
      """;

  @Test
  void theTopologyAddsTheComponentsTheClusterOmitsAndOrdersThemForProvisioning() {
    List<SynthesizedComponent> components = VarFixtures.harness().valid().components("c");
    assertEquals(List.of("proxy", "server"), components.stream().map(c -> c.name()).toList());
    SynthesizedComponent proxy = components.get(0);
    assertEquals("c-proxy", proxy.fullName());
    assertEquals("db-proxy-1.0", proxy.definitionName());
    assertEquals("1.0.0", proxy.serviceVersion());
    assertEquals(1, proxy.replicas());
    assertEquals("{}", proxy.spec().toString());
    assertEquals("ns1", proxy.cluster().namespace());
    SynthesizedComponent server = components.get(1);
    assertEquals("c-server", server.fullName());
    assertEquals(2, server.replicas());
    assertEquals("/spec/componentSpecs/0", server.specPointer());
    assertEquals("", server.shardingName());
    assertEquals(
        Map.of("server", "example.org/db:1.0.0", "roleProbe", "example.org/db-tools:1.0.0"),
        server.images());
  }

  @Test
  void withoutAProvisionOrderComponentsKeepClusterOrderAndTheNamespaceDefaults() {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: d
        spec:
          clusterDef: db
          topology: alone
          terminationPolicy: Delete
          componentSpecs:
            - name: server
        """;
    SynthHarness h =
        SynthHarness.of(
            "topology.yaml", VarFixtures.TOPOLOGY,
            "server.yaml", VarFixtures.SERVER,
            "d.yaml", cluster);
    List<SynthesizedComponent> components = h.valid().components("d");
    assertEquals(List.of("server"), components.stream().map(c -> c.name()).toList());
    assertEquals("default", components.get(0).cluster().namespace());
    assertEquals(1, components.get(0).replicas());
  }

  @Test
  void shardsGetDeterministicUniqueIdsAndShardTemplatesOverrideTheTemplate() {
    SynthHarness h = SynthHarness.of("sharded.yaml", SHARDED).valid();
    List<SynthesizedComponent> shards = h.components("s");
    assertEquals(3, shards.size());
    assertEquals(
        shards.stream().map(c -> c.name()).toList(),
        SynthHarness.of("sharded.yaml", SHARDED).components("s").stream()
            .map(c -> c.name())
            .toList(),
        "the same Cluster gets the same shard names");
    assertEquals(3, new HashSet<>(shards.stream().map(c -> c.name()).toList()).size());
    for (SynthesizedComponent shard : shards) {
      assertTrue(shard.name().matches("shard-[" + ShardIds.ALPHABET + "]{3}"), shard.name());
      assertEquals("s-" + shard.name(), shard.fullName());
      assertEquals("shard", shard.shardingName());
      assertTrue(shard.isShard());
    }
    // the sharding's own template comes first (name ""), then the shard templates by name
    assertEquals(2, shards.get(0).replicas());
    assertEquals(2, shards.get(1).replicas());
    assertEquals("/spec/shardings/0/template", shards.get(0).specPointer());
    SynthesizedComponent big = named(shards, "shard-x9z");
    assertEquals(3, big.replicas());
    assertEquals("/spec/shardings/0/shardTemplates/0", big.specPointer());
    assertEquals(List.of(), h.codes());
  }

  @Test
  void shardsAreComponentsToCompDefReferences() {
    SynthHarness h = SynthHarness.of("sharded.yaml", SHARDED);
    List<SynthesizedComponent> shards = h.components("s");
    ResolvedVars vars = h.vars("s", shards.get(0).name());
    List<String> names = shards.stream().map(c -> c.name()).sorted().toList();
    String x9z = MultipleObjects.individualName("SHARD_PODS", "shard-x9z");
    assertEquals("SHARD_PODS_SHARD_X9Z", x9z);
    assertEquals("s-shard-x9z-0,s-shard-x9z-1,s-shard-x9z-2", vars.plain().get(x9z));
    assertEquals(
        String.join(",", names.stream().map(n -> n + ":" + n).toList()),
        vars.plain().get("SHARD_NAMES"));
  }

  @Test
  void shardTemplatesCannotAskForMoreShardsThanTheSharding() {
    SynthHarness h = SynthHarness.of("sharded.yaml", SHARDED);
    assertEquals(List.of(), h.components("too-many"));
    assertEquals(List.of("KB5203@" + valueAt("sharded.yaml", SHARDED, "shards: 4")), h.codes());
  }

  @Test
  void differentClustersGetDifferentShardIds() {
    assertNotEquals(
        new ShardIds("one", "shard", Set.of()).next("", 0),
        new ShardIds("two", "shard", Set.of()).next("", 0));
  }
}
