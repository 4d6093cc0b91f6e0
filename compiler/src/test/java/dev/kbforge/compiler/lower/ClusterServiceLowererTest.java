package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.codes;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ClusterServiceLowererTest {
  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata:
        name: shop
        namespace: prod
      spec:
        terminationPolicy: Delete
        componentSpecs:
          - name: db
            replicas: 2
        shardings:
          - name: cache
            shards: 2
            template:
              replicas: 1
        services:
          - name: all
            spec:
              ports:
                - port: 80
          - name: primary
            serviceName: primary
            componentSelector: db
            roleSelector: leader
            annotations:
              a: b
            spec:
              type: LoadBalancer
              ports:
                - port: 5432
          - name: cache
            serviceName: cache
            componentSelector: cache
            spec:
              ports:
                - port: 6379
      """;

  private static final Reporter REPORTER = new Reporter();

  private static List<ObjectNode> lower(String yaml) {
    ClusterInfo cluster = cluster(load("cluster.yaml", yaml), RenderOptions.defaults());
    return new ClusterServiceLowerer().lower(cluster, List.of(), REPORTER);
  }

  @Test
  void servicesAreNamedAfterTheCluster() {
    assertEquals(List.of("shop", "shop-primary", "shop-cache"), names(lower(CLUSTER)));
  }

  @Test
  void selectorNarrowsToComponentAndRole() {
    ObjectNode primary = lower(CLUSTER).get(1);
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"shop\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"apps.kubeblocks.io/release-phase\":\"stable\",\"kubeblocks.io/role\":\"leader\"}",
        primary.at("/spec/selector").toString());
    assertEquals("Local", primary.at("/spec/externalTrafficPolicy").asString());
    assertEquals("prod", primary.at("/metadata/namespace").asString());
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"shop\",\"app.kubernetes.io/managed-by\":\"kubeblocks\"}",
        primary.at("/metadata/labels").toString());
    assertEquals("{\"a\":\"b\"}", primary.at("/metadata/annotations").toString());
  }

  @Test
  void shardingSelectorUsesTheShardingLabel() {
    ObjectNode cache = lower(CLUSTER).get(2);
    assertEquals("cache", cache.at("/spec/selector/apps.kubeblocks.io~1sharding-name").asString());
    assertEquals(false, cache.at("/spec/selector").has("apps.kubeblocks.io/component-name"));
  }

  @Test
  void clusterWideServiceSelectsEveryStablePod() {
    ObjectNode all = lower(CLUSTER).get(0);
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"shop\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/release-phase\":\"stable\"}",
        all.at("/spec/selector").toString());
    assertEquals(false, all.path("spec").has("type")); // left to the API server, as KubeBlocks does
  }

  @Test
  void tooLongNameIsReportedAtTheServiceName() {
    Reporter reporter = new Reporter();
    String yaml = CLUSTER.replace("serviceName: cache", "serviceName: " + "c".repeat(60));
    ClusterInfo cluster = cluster(load("cluster.yaml", yaml), RenderOptions.defaults());
    List<ObjectNode> services = new ClusterServiceLowerer().lower(cluster, List.of(), reporter);
    assertEquals(List.of("shop", "shop-primary"), names(services));
    assertEquals(List.of("KB5350@cluster.yaml:32:20"), codes(reporter));
  }
}
