package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4015, KB4016: a Cluster without clusterDef names its own definitions. */
class ClusterWithoutClusterDefCheckTest {
  @TempDir Path tmp;

  @Test
  void componentsWithoutAnyDefinition() {
    assertEquals(
        List.of("KB4015@cluster.yaml:8:13", "KB4015@cluster.yaml:10:13"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                replicas: 1
              - name: proxy
                replicas: 1
            """));
  }

  @Test
  void topologyWithoutClusterDef() {
    assertEquals(
        List.of("KB4016@cluster.yaml:7:13"),
        kb4(
            tmp,
            """
            topology: pair
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 1
            """));
  }

  @Test
  void shardingWithoutShardingDefOrTemplateComponentDef() {
    assertEquals(
        List.of("KB4015@cluster.yaml:8:13"),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shards: 2
                template:
                  replicas: 1
            """));
  }

  @Test
  void shardingWithEitherReferencePasses() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            shardings:
              - name: by-def
                shardingDef: acme-shard
                shards: 2
                template:
                  replicas: 1
              - name: by-template
                shards: 2
                template:
                  componentDef: acme-db-2
                  replicas: 1
            """));
  }
}
