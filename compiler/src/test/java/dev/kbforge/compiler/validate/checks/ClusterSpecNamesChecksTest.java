package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4055 to KB4057: env and volume names of a component. */
class ClusterSpecNamesChecksTest {
  @TempDir Path tmp;

  private static final String DB =
      """
      componentSpecs:
        - name: db
          componentDef: acme-db-1
          replicas: 1
      """;

  @Test
  void duplicateEnvName() {
    String env =
        """
        env:
          - name: A
            value: "1"
          - name: %s
        """;
    assertEquals(List.of("KB4055@cluster.yaml:14:17"), kb4(tmp, DB + env.formatted("A").indent(4)));
    assertEquals(List.of(), kb4(tmp, DB + env.formatted("B").indent(4)));
  }

  @Test
  void duplicateVolumeAndVolumeNamedLikeAClaim() {
    String volumes =
        """
        volumeClaimTemplates:
          - name: data
        volumes:
          - name: scratch
            emptyDir: {}
          - name: %s
            emptyDir: {}
          - name: %s
            emptyDir: {}
        """;
    assertEquals(
        List.of("KB4056@cluster.yaml:16:17", "KB4057@cluster.yaml:18:17"),
        kb4(tmp, DB + volumes.formatted("scratch", "data").indent(4)));
    assertEquals(List.of(), kb4(tmp, DB + volumes.formatted("cache", "tmp").indent(4)));
  }
}
