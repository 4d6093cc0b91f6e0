package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4050 to KB4054: what a component uses from its ComponentDefinition exists there. */
class ClusterDefinitionUseChecksTest {
  @TempDir Path tmp;

  /** A component on acme-db-1 with one more field (written at the component's level). */
  private List<String> dbWith(String fields) {
    return kb4(
        tmp,
        """
        componentSpecs:
          - name: db
            componentDef: acme-db-1
            replicas: 1
        """
            + fields.indent(4));
  }

  @Test
  void unknownService() {
    assertEquals(List.of("KB4050@cluster.yaml:12:17"), dbWith("services:\n  - name: ro\n"));
  }

  @Test
  void unknownSystemAccount() {
    assertEquals(List.of("KB4051@cluster.yaml:12:17"), dbWith("systemAccounts:\n  - name: root\n"));
  }

  @Test
  void disabledInitAccount() {
    assertEquals(
        List.of("KB4052@cluster.yaml:13:21"),
        dbWith("systemAccounts:\n  - name: admin\n    disabled: true\n"));
    assertEquals(List.of(), dbWith("systemAccounts:\n  - name: monitor\n    disabled: true\n"));
  }

  @Test
  void unknownConfig() {
    assertEquals(List.of("KB4053@cluster.yaml:12:17"), dbWith("configs:\n  - name: main-cfg\n"));
  }

  @Test
  void volumeClaimTemplateNobodyMounts() {
    assertEquals(
        List.of("KB4054@cluster.yaml:14:17"),
        dbWith(
            """
            volumeClaimTemplates:
              - name: data
              - name: logs
              - name: cache
            """));
  }

  @Test
  void namesTheDefinitionDefinesPass() {
    assertEquals(
        List.of(),
        dbWith(
            """
            services:
              - name: rw
                serviceType: NodePort
            systemAccounts:
              - name: admin
              - name: monitor
                disabled: true
            configs:
              - name: main-config
            volumeClaimTemplates:
              - name: data
            """));
  }
}
