package dev.kbforge.compiler.validate.checks;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ShardingDefinition rules (KB3301-KB3305), checked together with the valid {@link Cmpd}. */
class ShardingDefinitionChecksTest {
  @TempDir Path tmp;

  static final String VALID =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ShardingDefinition
      metadata:
        name: db-shard
      spec:
        template:
          compDef: ^db-\\d
        shardsLimit:
          minShards: 2
          maxShards: 2
        provisionStrategy: Parallel
        updateStrategy: Serial
        systemAccounts:
          - name: admin
            shared: true
      """;

  private Findings check(String sd) {
    return Findings.of(tmp, "sd.yaml", sd, "cmpd.yaml", Cmpd.VALID);
  }

  @Test
  void validShardingHasNoFindings() {
    check(VALID).clean();
  }

  @Test
  void shardsLimitMinAboveMax() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: db-shard
            spec:
              template:
                compDef: db-
              shardsLimit:
                minShards: 4
                maxShards: 3
            """)
        .has("KB3301", "sd.yaml:9:16");
  }

  @Test
  void templatePatternThatDoesNotCompile() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: db-shard
            spec:
              template:
                compDef: "db-["
            """)
        .has("KB3302", "sd.yaml:7:14")
        .none("KB3405");
  }

  @Test
  void systemAccountsUniqueAndDefinedByTheTemplate() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: db-shard
            spec:
              template:
                compDef: db-
              systemAccounts:
                - name: admin
                - name: admin
                - name: monitor
            """)
        .has("KB3303", "sd.yaml:10:13")
        .has("KB3304", "sd.yaml:11:13");
  }

  @Test
  void bestEffortParallelIsNotForShardings() {
    check(
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: db-shard
            spec:
              template:
                compDef: db-
              provisionStrategy: BestEffortParallel
              updateStrategy: BestEffortParallel
            """)
        .has("KB3305", "sd.yaml:8:22", "sd.yaml:9:19");
  }
}
