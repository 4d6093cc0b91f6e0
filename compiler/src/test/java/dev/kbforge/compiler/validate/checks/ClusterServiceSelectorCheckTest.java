package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4060, KB4061: cluster services select existing components and roles. */
class ClusterServiceSelectorCheckTest {
  @TempDir Path tmp;

  private static final String PAIR =
      """
      clusterDef: acme
      topology: pair
      componentSpecs:
        - name: db
          serviceVersion: 1.0.0
          replicas: 1
      services:
      """;

  @Test
  void componentSelectorNamingNothing() {
    assertEquals(
        List.of("KB4060@cluster.yaml:15:26"),
        kb4(tmp, PAIR + "  - name: main\n    componentSelector: dbx\n"));
  }

  @Test
  void roleSelectorNamingNoRole() {
    assertEquals(
        List.of("KB4061@cluster.yaml:16:21"),
        kb4(tmp, PAIR + "  - name: main\n    componentSelector: db\n    roleSelector: primary\n"));
  }

  @Test
  void existingComponentsAndRolesPass() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            PAIR
                + """
                  - name: main
                    componentSelector: db
                    roleSelector: Leader
                  - name: proxy
                    componentSelector: proxy
                """));
  }
}
