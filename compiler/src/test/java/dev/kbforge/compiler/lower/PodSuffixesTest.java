package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pod names as the InstanceSet makes them, for pod Services. */
class PodSuffixesTest {
  private static List<String> suffixes(String component) {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: pg
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: db
        """
            + component;
    String cmpd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata:
          name: db-1
        spec: {}
        """;
    return PodSuffixes.of(
        component(
            cluster(load("cluster.yaml", cluster), RenderOptions.defaults()),
            0,
            load("cmpd.yaml", cmpd)));
  }

  @Test
  void defaultTemplateCountsFromZero() {
    assertEquals(List.of("0", "1", "2"), suffixes("      replicas: 3\n"));
  }

  @Test
  void templatesComeFirstAndOfflinePodsAreSkipped() {
    assertEquals(
        List.of("a-0", "a-2", "0", "2"),
        suffixes(
            """
                  replicas: 4
                  instances:
                    - name: a
                      replicas: 2
                  offlineInstances: [pg-db-a-1, pg-db-1]
            """));
  }

  @Test
  void ordinalsPickTheNumbers() {
    assertEquals(
        List.of("5", "6", "9"),
        suffixes(
            """
                  replicas: 3
                  ordinals:
                    ranges: [{start: 5, end: 6}]
                    discrete: [9, 12]
            """));
  }

  @Test
  void flatOrdinalsAreUniqueAcrossTemplates() {
    assertEquals(
        List.of("0", "1", "2"),
        suffixes(
            """
                  replicas: 3
                  flatInstanceOrdinal: true
                  instances:
                    - name: a
                      replicas: 1
            """));
  }
}
