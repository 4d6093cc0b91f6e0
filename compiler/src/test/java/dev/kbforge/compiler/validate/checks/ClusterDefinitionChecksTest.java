package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ClusterDefinition rules (KB30xx), each against a broken copy of one valid definition. */
class ClusterDefinitionChecksTest {
  @TempDir Path tmp;

  /** The definitions the topologies below refer to. */
  static final String DEFS =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1.0
      spec:
        runtime:
          containers:
            - name: db
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: proxy-1.0
      spec:
        runtime:
          containers:
            - name: proxy
      ---
      apiVersion: apps.kubeblocks.io/v1
      kind: ShardingDefinition
      metadata:
        name: db-shard-1.0
      spec:
        template:
          compDef: db-
      """;

  static final String VALID =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ClusterDefinition
      metadata:
        name: db
      spec:
        topologies:
          - name: standalone
            default: true
            components:
              - name: db
                compDef: db-
          - name: replication
            components:
              - name: db
                compDef: ^db-\\d+
              - name: proxy
                compDef: proxy-
            shardings:
              - name: shard
                shardingDef: db-shard
            orders:
              provision:
                - db,shard
                - proxy
              terminate:
                - proxy
                - shard , db
      """;

  private Findings check(String cd) {
    return Findings.of(tmp, "cd.yaml", cd, "defs.yaml", DEFS);
  }

  @Test
  void validDefinitionHasNoFindings() {
    check(VALID).clean();
  }

  @Test
  void duplicateTopologyName() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: db-
                - name: one
                  components:
                    - name: db
                      compDef: db-
            """)
        .has("KB3001", "cd.yaml:11:13");
  }

  @Test
  void secondDefaultTopology() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  default: true
                  components:
                    - name: db
                      compDef: db-
                - name: two
                  default: false
                  components:
                    - name: db
                      compDef: db-
                - name: three
                  default: true
                  components:
                    - name: db
                      compDef: db-
            """)
        .has("KB3002", "cd.yaml:18:16");
  }

  @Test
  void duplicateComponentAndShardingNamesWithinTopology() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: db-
                    - name: db
                      compDef: proxy-
                  shardings:
                    - name: shard
                      shardingDef: db-shard
                    - name: shard
                      shardingDef: db-shard
                - name: two
                  components:
                    - name: db
                      compDef: db-
            """)
        .has("KB3003", "cd.yaml:11:17")
        .has("KB3004", "cd.yaml:16:17");
  }

  @Test
  void componentAndShardingShareAName() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: db-
                  shardings:
                    - name: db
                      shardingDef: db-shard
            """)
        .has("KB3005", "cd.yaml:12:17");
  }

  @Test
  void patternsThatDoNotCompile() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: ^db-(
                  shardings:
                    - name: shard
                      shardingDef: "[shard"
            """)
        .has("KB3006", "cd.yaml:10:20")
        .has("KB3007", "cd.yaml:13:24")
        // a pattern that does not compile is not reported again as matching nothing
        .none("KB3401")
        .none("KB3402");
  }

  @Test
  void orderLeavesOutAnEntity() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: db-
                    - name: proxy
                      compDef: proxy-
                  orders:
                    update:
                      - db
                    terminate: []
            """)
        .has("KB3008", "cd.yaml:14:9")
        .none("KB3009")
        .none("KB3010");
  }

  @Test
  void orderNamesUnknownAndRepeatedEntities() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  components:
                    - name: db
                      compDef: db-
                    - name: proxy
                      compDef: proxy-
                  orders:
                    provision:
                      - db, prxy
                      - proxy
                      - db
            """)
        .has("KB3009", "cd.yaml:15:13")
        .has("KB3010", "cd.yaml:17:13")
        .none("KB3008");
  }
}
