package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Cluster CRD's CEL rules: KB4001 to KB4006 (required name and secretRefRevision are the
 * schema's, KB2007).
 */
class ClusterCelChecksTest {
  @TempDir Path tmp;

  @Test
  void duplicateComponentNameIsReportedAtTheSecondName() {
    assertEquals(
        List.of("KB4001@cluster.yaml:11:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            componentSpecs:
              - name: db
                replicas: 1
              - name: db
                replicas: 1
            """));
  }

  @Test
  void distinctComponentNamesPass() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: pair
            componentSpecs:
              - name: db
                replicas: 1
              - name: proxy
                replicas: 1
            """));
  }

  @Test
  void componentWithoutComponentDefAfterOneWithIt() {
    assertEquals(
        List.of("KB4002@cluster.yaml:11:13"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 1
              - name: proxy
                replicas: 1
            """));
  }

  @Test
  void componentWithComponentDefAfterOneWithoutIt() {
    assertEquals(
        List.of("KB4002@cluster.yaml:13:7"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: pair
            componentSpecs:
              - name: db
                replicas: 1
              - name: proxy
                componentDef: acme-proxy
                replicas: 1
            """));
  }

  @Test
  void duplicateShardingName() {
    assertEquals(
        List.of("KB4003@cluster.yaml:13:13"),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-shard
                shards: 2
                template:
                  replicas: 1
              - name: shard
                shardingDef: acme-shard
                shards: 2
                template:
                  replicas: 1
            """));
  }

  @Test
  void shardingTemplateMayOmitTheName() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-shard
                shards: 2
                template:
                  replicas: 1
            """));
  }

  @Test
  void componentAndShardingWithTheSameName() {
    assertEquals(
        List.of("KB4006@cluster.yaml:12:13"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: shard
                componentDef: acme-proxy
                replicas: 1
            shardings:
              - name: shard
                shardingDef: acme-shard
                shards: 2
                template:
                  replicas: 1
            """));
  }
}
