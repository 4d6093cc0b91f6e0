package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cluster checks read every optional field defensively: odd shapes give findings, not crashes. */
class ClusterChecksRobustnessTest {
  @TempDir Path tmp;

  @Test
  void oddlyShapedClusterDoesNotCrashTheChecks() {
    assertDoesNotThrow(
        () ->
            ClusterFixtures.kb4(
                tmp,
                """
                clusterDef: 5
                topology: [x]
                componentSpecs:
                  - 1
                  - text
                  - name: [1]
                    componentDef: {a: b}
                    replicas: many
                    instances: no
                    env: {a: 1}
                    systemAccounts: [null, 3, {name: 4, disabled: yes}]
                  - name: db
                    componentDef: acme-db-1
                    instances: [1, {replicas: x}]
                    volumes: [x]
                shardings:
                  a: b
                services:
                  - componentSelector: 3
                  - componentSelector: db
                    roleSelector: [leader]
                """));
    assertDoesNotThrow(
        () ->
            ClusterFixtures.kb4(
                tmp,
                """
                clusterDef: acme
                shardings:
                  - name: shard
                    shards: text
                    template: text
                    shardTemplates: [1, {compDef: 2, shardingDef: [x]}]
                """));
  }
}
