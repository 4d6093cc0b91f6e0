package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4040 to KB4043: replicas, instance templates and shards within their limits. */
class ClusterLimitsChecksTest {
  @TempDir Path tmp;

  private List<String> replicas(String componentDef, int replicas) {
    return kb4(
        tmp,
        """
        componentSpecs:
          - name: db
            componentDef: %s
            replicas: %d
        """
            .formatted(componentDef, replicas));
  }

  @Test
  void replicasOutsideReplicasLimit() {
    assertEquals(List.of("KB4040@cluster.yaml:10:17"), replicas("acme-db-1", 6));
    assertEquals(List.of("KB4040@cluster.yaml:10:17"), replicas("acme-db-1", 0));
    assertEquals(List.of(), replicas("acme-db-1", 5));
  }

  @Test
  void withoutReplicasLimitZeroReplicasIsFine() {
    assertEquals(List.of(), replicas("acme-proxy", 0));
    assertEquals(List.of(), replicas("acme-proxy", 20000));
  }

  @Test
  void instanceTemplatesAskingForMoreThanTheComponent() {
    String spec =
        """
        componentSpecs:
          - name: db
            componentDef: acme-db-1
            replicas: %d
            instances:
              - name: a
                replicas: 2
              - name: b
        """;
    assertEquals(List.of("KB4041@cluster.yaml:11:7"), kb4(tmp, spec.formatted(2)));
    assertEquals(List.of(), kb4(tmp, spec.formatted(3)));
  }

  @Test
  void duplicateInstanceTemplateName() {
    assertEquals(
        List.of("KB4042@cluster.yaml:13:17"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 2
                instances:
                  - name: a
                  - name: a
            """));
  }

  @Test
  void shardsOutsideShardsLimit() {
    String spec =
        """
        shardings:
          - name: shard
            shardingDef: acme-shard
            shards: %d
            template:
              replicas: 1
        """;
    assertEquals(List.of("KB4043@cluster.yaml:10:15"), kb4(tmp, spec.formatted(9)));
    assertEquals(List.of("KB4043@cluster.yaml:10:15"), kb4(tmp, spec.formatted(1)));
    assertEquals(List.of(), kb4(tmp, spec.formatted(8)));
  }
}
