package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A podService gives one Service per pod, named after the pods the InstanceSet makes (the same pod
 * names the vars use: synth.PodNames).
 */
class PodServiceNamesTest {
  private static List<String> podServices(String component) {
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
        spec:
          services:
            - name: advertised
              serviceName: adv
              podService: true
              spec:
                ports:
                  - port: 5432
        """;
    SynthesizedComponent c =
        component(
            cluster(load("cluster.yaml", cluster), RenderOptions.defaults()),
            0,
            load("cmpd.yaml", cmpd));
    return names(new ComponentServiceLowerer().lower(context(c))).stream()
        .map(name -> name.substring("pg-db-adv-".length()))
        .toList();
  }

  @Test
  void defaultTemplateCountsFromZero() {
    assertEquals(List.of("0", "1", "2"), podServices("      replicas: 3\n"));
  }

  @Test
  void everyTemplatesPodsAndOfflinePodsAreSkipped() {
    assertEquals(
        List.of("0", "2", "a-0", "a-2"),
        podServices(
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
        podServices(
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
        podServices(
            """
                  replicas: 3
                  flatInstanceOrdinal: true
                  instances:
                    - name: a
                      replicas: 1
            """));
  }
}
