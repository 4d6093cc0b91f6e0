package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4010, KB4011, KB4012: clusterDef and topology references. */
class ClusterDefinitionRefCheckTest {
  @TempDir Path tmp;

  @Test
  void unknownClusterDefinition() {
    assertEquals(
        List.of("KB4010@cluster.yaml:7:15"),
        kb4(
            tmp,
            """
            clusterDef: acne
            componentSpecs:
              - name: db
                replicas: 1
            """));
  }

  @Test
  void unknownTopology() {
    assertEquals(
        List.of("KB4011@cluster.yaml:8:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: paire
            componentSpecs:
              - name: db
                replicas: 1
            """));
  }

  @Test
  void omittedTopologyWithoutDefault() {
    String noDefault =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ClusterDefinition
        metadata:
          name: plain
        spec:
          topologies:
            - name: one
              components:
                - name: db
                  compDef: acme-db-1
        """;
    String spec =
        """
        clusterDef: plain
        componentSpecs:
          - name: db
            replicas: 1
        """;
    assertEquals(List.of("KB4012@cluster.yaml:7:15"), kb4(tmp, spec, "plain.yaml", noDefault));
    assertEquals(List.of(), kb4(tmp, spec + "topology: one\n", "plain.yaml", noDefault));
  }

  @Test
  void omittedTopologyMeansTheDefault() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            clusterDef: acme
            componentSpecs:
              - name: db
                replicas: 1
            """));
  }
}
