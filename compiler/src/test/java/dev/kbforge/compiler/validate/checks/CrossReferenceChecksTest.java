package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.ValidateResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References to definitions that are not in the input set (KB3401-KB3405) are warnings: they may
 * belong to another addon.
 */
class CrossReferenceChecksTest {
  @TempDir Path tmp;

  @Test
  void topologyReferencesMatchingNothing() {
    Findings.of(
            tmp,
            "cd.yaml",
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
                    - name: zk
                      compDef: ^zookeeper-
                  shardings:
                    - name: shard
                      shardingDef: db-shard
            """,
            "cmpd.yaml",
            Cmpd.VALID)
        .has("KB3401", "cd.yaml:12:20")
        .has("KB3402", "cd.yaml:15:24");
  }

  @Test
  void shardingDefMatchesByPrefixLikeTheController() {
    String sharding =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ShardingDefinition
        metadata:
          name: db-shard-1.0
        spec:
          template:
            compDef: db-
        """;
    Findings.of(
            tmp,
            "cd.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ClusterDefinition
            metadata:
              name: db
            spec:
              topologies:
                - name: one
                  shardings:
                    - name: shard
                      shardingDef: db-shard-
            """,
            "sd.yaml",
            sharding,
            "cmpd.yaml",
            Cmpd.VALID)
        .clean();
  }

  @Test
  void varCompDefMatchingNothing() {
    Findings.of(
            tmp,
            "cmpd.yaml",
            Cmpd.of(
                """
                vars:
                  - name: ETCD_ENDPOINT
                    valueFrom:
                      serviceVarRef:
                        compDef: ^etcd-
                        name: client
                        optional: true
                        host: Required
                  - name: SELF
                    valueFrom:
                      componentVarRef:
                        compDef: db-1
                        replicas: Required
                """))
        .has("KB3403", "cmpd.yaml:24:20");
  }

  @Test
  void versionAndShardingTemplateMatchingNothing() {
    Findings.of(
            tmp,
            "cmpv.yaml",
            """
            apiVersion: apps.kubeblocks.io/v1
            kind: ComponentVersion
            metadata:
              name: zk
            spec:
              compatibilityRules:
                - compDefs: [zookeeper-]
                  releases: [r1]
              releases:
                - name: r1
                  serviceVersion: 3.9.0
                  images: {zookeeper: "zk:3.9"}
            ---
            apiVersion: apps.kubeblocks.io/v1
            kind: ShardingDefinition
            metadata:
              name: zk-shard
            spec:
              template:
                compDef: zookeeper-
            """)
        .has("KB3404", "cmpv.yaml:7:18")
        .has("KB3405", "cmpv.yaml:20:14");
  }

  @Test
  void referencesAreWarningsNotErrors() {
    ValidateResult result =
        new CompilerHarness(tmp)
            .file(
                "cd.yaml",
                """
                apiVersion: apps.kubeblocks.io/v1
                kind: ClusterDefinition
                metadata:
                  name: kafka
                spec:
                  topologies:
                    - name: one
                      components:
                        - name: zk
                          compDef: ^zookeeper-
                """)
            .validate();
    assertEquals(1, result.diagnostics().size());
    assertFalse(result.diagnostics().get(0).isError());
  }
}
