package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4021: shardingDef references resolve in the input set. */
class ClusterShardingDefRefCheckTest {
  @TempDir Path tmp;

  @Test
  void shardingDefMatchingNothing() {
    assertEquals(
        List.of("KB4021@cluster.yaml:9:20"),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-shards
                shards: 2
                template:
                  replicas: 1
            """));
  }

  @Test
  void shardTemplateShardingDefMatchingNothing() {
    assertEquals(
        List.of("KB4021@cluster.yaml:15:24"),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-sh
                shards: 2
                template:
                  replicas: 1
                shardTemplates:
                  - name: big
                    shardingDef: other-shard
                    shards: 1
            """));
  }

  @Test
  void shardingDefMatchesByPrefix() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-sh
                shards: 2
                template:
                  replicas: 1
            """));
  }
}
