package dev.kbforge.compiler.validate.checks;

import static dev.kbforge.compiler.validate.checks.ClusterFixtures.kb4;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KB4030, KB4031, KB4032: the serviceVersion asked for is offered. */
class ClusterServiceVersionCheckTest {
  @TempDir Path tmp;

  private List<String> component(String componentDef, String serviceVersion) {
    return kb4(
        tmp,
        """
        componentSpecs:
          - name: db
            componentDef: %s
            serviceVersion: %s
            replicas: 1
        """
            .formatted(componentDef, serviceVersion));
  }

  @Test
  void componentVersionNotOffered() {
    assertEquals(
        List.of("KB4030@cluster.yaml:10:23"),
        kb4(
            tmp,
            """
            clusterDef: acme
            componentSpecs:
              - name: db
                serviceVersion: 3.0.0
                replicas: 1
            """));
  }

  @Test
  void shardingTemplateVersionNotOffered() {
    assertEquals(
        List.of("KB4030@cluster.yaml:12:25"),
        kb4(
            tmp,
            """
            shardings:
              - name: shard
                shardingDef: acme-shard
                shards: 2
                template:
                  serviceVersion: 1.0.0
                  replicas: 1
            """));
  }

  @Test
  void instanceTemplateVersionNotOfferedByTheComponentsDefinition() {
    assertEquals(
        List.of("KB4030@cluster.yaml:13:27"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-db-1
                replicas: 2
                instances:
                  - name: i1
                    serviceVersion: 2.1.0
            """));
  }

  @Test
  void definitionsWithoutAnyVersion() {
    assertEquals(
        List.of("KB4030@cluster.yaml:9:21"),
        kb4(
            tmp,
            """
            componentSpecs:
              - name: db
                componentDef: acme-bare
                replicas: 1
            """));
  }

  @Test
  void notASemanticVersion() {
    assertEquals(List.of("KB4031@cluster.yaml:10:23"), component("acme-db-1", "latest"));
  }

  @Test
  void prereleaseRequirementMustMatchExactly() {
    assertEquals(List.of("KB4030@cluster.yaml:10:23"), component("acme-db-2", "2.1.1-beta.2"));
    assertEquals(List.of(), component("acme-db-2", "2.1.1-beta.1"));
  }

  @Test
  void looseMatchesWarn() {
    assertEquals(List.of("KB4032@cluster.yaml:10:23"), component("acme-db-2", "\"2.1\""));
    assertEquals(List.of("KB4032@cluster.yaml:10:23"), component("acme-db-2", "2.1.1"));
    assertEquals(List.of("KB4032@cluster.yaml:10:23"), component("acme-db-2", "v2.1.0"));
  }

  @Test
  void offeredVersionsPass() {
    assertEquals(List.of(), component("acme-db-1", "1.0.0"));
    assertEquals(List.of(), component("acme-db-2", "2.1.0"));
    assertEquals(List.of(), component("acme-db-", "\"2.1.0\""));
    assertEquals(List.of(), component("acme-proxy", "0.9.0"));
  }
}
