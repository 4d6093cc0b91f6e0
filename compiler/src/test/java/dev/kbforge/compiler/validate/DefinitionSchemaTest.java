package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.CompilerHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** clusterdefinition.schema.json and componentversion.schema.json, finding by finding. */
class DefinitionSchemaTest {
  @TempDir Path tmp;

  /** Schema findings (KB200x) for one file. */
  private List<String> schemaCodes(String text) {
    CompilerHarness harness = new CompilerHarness(tmp).file("d.yaml", text);
    return harness.codes(harness.validate()).stream().filter(c -> c.startsWith("KB200")).toList();
  }

  private static String clusterDefinition(String spec) {
    return """
        apiVersion: apps.kubeblocks.io/v1
        kind: ClusterDefinition
        metadata:
          name: redis
        spec:
        """
        + spec.indent(2);
  }

  private static String componentVersion(String spec) {
    return """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentVersion
        metadata:
          name: redis
        spec:
        """
        + spec.indent(2);
  }

  @Test
  void topologyWithComponentsShardingsAndOrdersIsValid() {
    assertEquals(
        List.of(),
        schemaCodes(
            clusterDefinition(
                """
                topologies:
                  - name: replication
                    default: true
                    components:
                      - name: redis
                        compDef: ^redis-\\d+
                      - name: proxy
                        compDef: redis-proxy
                        template: true
                    shardings:
                      - name: shard
                        shardingDef: redis-cluster
                    orders:
                      provision: [redis, "proxy,shard"]
                      update: [redis]
                """)));
  }

  @Test
  void emptyTopologiesHaveTooFewItems() {
    assertEquals(List.of("KB2006@d.yaml:6:15"), schemaCodes(clusterDefinition("topologies: []")));
  }

  @Test
  void topologyComponentRulesAreEachReportedAtTheirPlace() {
    assertEquals(
        List.of(
            "KB2007@d.yaml:9:11",
            "KB2004@d.yaml:9:17",
            "KB2001@d.yaml:10:11",
            "KB2005@d.yaml:11:13"),
        schemaCodes(
            clusterDefinition(
                """
                topologies:
                  - name: default
                    components:
                      - name: Redis
                        comp: redis
                  - name: a-topology-name-longer-than-32-chars
                """)));
  }

  @Test
  void ordersAreListsOfStrings() {
    assertEquals(
        List.of("KB2002@d.yaml:9:20"),
        schemaCodes(
            clusterDefinition(
                """
                topologies:
                  - name: default
                    orders:
                      provision: redis
                """)));
  }

  @Test
  void releaseWithImagesIsValid() {
    assertEquals(
        List.of(),
        schemaCodes(
            componentVersion(
                """
                compatibilityRules:
                  - compDefs: [redis-7]
                    releases: [7.2.4]
                releases:
                  - name: 7.2.4
                    serviceVersion: 7.2.4
                    changes: first release
                    images:
                      redis: docker.io/redis:7.2.4
                      postProvision: docker.io/redis:7.2.4
                """)));
  }

  @Test
  void imageKeyLongerThan32IsReportedAtThatKey() {
    assertEquals(
        List.of("KB2005@d.yaml:14:9"),
        schemaCodes(
            componentVersion(
                """
                compatibilityRules:
                  - compDefs: [redis-7]
                    releases: [r]
                releases:
                  - name: r
                    serviceVersion: 7.2.4
                    images:
                      redis: redis:7
                      a-container-name-longer-than-32-chars: redis:7
                """)));
  }

  @Test
  void imageLongerThan256IsReportedAtTheValue() {
    assertEquals(
        List.of("KB2005@d.yaml:13:16"),
        schemaCodes(
            componentVersion(
                """
                compatibilityRules:
                  - compDefs: [redis-7]
                    releases: [r]
                releases:
                  - name: r
                    serviceVersion: 7.2.4
                    images:
                      redis: %s
                """
                    .formatted("x".repeat(257)))));
  }

  @Test
  void emptyImagesAndEmptyCompDefsHaveTooFewItems() {
    assertEquals(
        List.of("KB2006@d.yaml:7:17", "KB2006@d.yaml:12:15"),
        schemaCodes(
            componentVersion(
                """
                compatibilityRules:
                  - compDefs: []
                    releases: [r]
                releases:
                  - name: r
                    serviceVersion: 7.2.4
                    images: {}
                """)));
  }

  @Test
  void releasesAreRequired() {
    assertEquals(
        List.of("KB2007@d.yaml:5:1"),
        schemaCodes(
            componentVersion(
                """
                compatibilityRules:
                  - compDefs: [redis-7]
                    releases: [r]
                """)));
  }
}
