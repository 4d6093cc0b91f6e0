package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4020: component definition references resolve in the input set. */
class ClusterComponentDefRefCheckTest {
  @TempDir Path tmp;

  @Test
  void componentDefMatchingNothing() {
    assertEquals(
        List.of("KB4020@cluster.yaml:9:21"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-dbx
                replicas: 1
            """));
  }

  @Test
  void topologyCompDefMissingFromTheSetFailsForTheComponentTheTopologyAdds() {
    assertEquals(
        List.of("KB4020@cluster.yaml:8:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: broken
            componentSpecs:
              - name: db
                replicas: 1
            """));
  }

  @Test
  void topologyCompDefMissingFromTheSetFailsForTheListedComponent() {
    assertEquals(
        List.of("KB4020@cluster.yaml:12:13"),
        kb4(
            tmp,
            """
            clusterDef: acme
            topology: broken
            componentSpecs:
              - name: db
                replicas: 1
              - name: arbiter
                replicas: 1
            """));
  }

  @Test
  void instanceTemplateCompDefMatchingNothing() {
    assertEquals(
        List.of("KB4020@cluster.yaml:13:20"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 2
                instances:
                  - name: i1
                    compDef: nope
                    replicas: 1
            """));
  }

  @Test
  void prefixAndExactReferencesResolve() {
    assertEquals(
        List.of(),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 2
                instances:
                  - name: i1
                    compDef: acme-db-1-0.1.0
                    replicas: 1
            """));
  }
}
