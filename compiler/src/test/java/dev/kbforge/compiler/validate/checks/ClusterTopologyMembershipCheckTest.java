package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4013, KB4014: components and shardings belong to the topology. */
class ClusterTopologyMembershipCheckTest {
  @TempDir Path tmp;

  @Test
  void componentOutsideTheTopology() {
    assertEquals(
        List.of("KB4013@cluster.yaml:12:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: pair
            componentSpecs:
              - name: db
                replicas: 1
              - name: cache
                replicas: 1
            """));
  }

  @Test
  void shardingOutsideTheTopology() {
    assertEquals(
        List.of("KB4014@cluster.yaml:10:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: sharded
            shardings:
              - name: shrd
                shards: 2
                template:
                  replicas: 1
            """));
  }

  @Test
  void templateTopologyComponentMatchesByPrefix() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: pooled
            componentSpecs:
              - name: worker-a
                replicas: 1
              - name: worker-b
                replicas: 2
            """));
  }

  @Test
  void listedShardingOfTheTopologyPasses() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: sharded
            shardings:
              - name: shard
                shards: 3
                template:
                  replicas: 1
            """));
  }
}
