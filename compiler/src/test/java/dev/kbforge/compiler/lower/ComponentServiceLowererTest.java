package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.codes;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.api.RenderOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ComponentServiceLowererTest {
  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1
      spec:
        labels:
          team: data
        annotations:
          owner: dba
        roles:
          - name: leader
          - name: follower
        services:
          - name: default
            roleSelector: leader
            spec:
              ports:
                - name: db
                  port: 5432
                  targetPort: db
          - name: read
            serviceName: read
            roleSelector: follower
            annotations:
              from: definition
            spec:
              type: NodePort
              ports:
                - name: db
                  port: 5432
          - name: lb
            serviceName: lb
            disableAutoProvision: true
            spec:
              type: LoadBalancer
              ports:
                - port: 5432
          - name: per-pod
            serviceName: pod
            podService: true
            roleSelector: leader
            spec:
              ports:
                - port: 5432
          - name: headless
            serviceName: headless
            spec:
              ports:
                - port: 5432
        runtime:
          containers:
            - name: db
      """;

  private static List<ObjectNode> lower(String componentExtra) {
    return lower(componentExtra, new java.util.ArrayList<>());
  }

  private static List<ObjectNode> lower(String componentExtra, List<String> codes) {
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
              replicas: 3
        """
            + componentExtra;
    LoweringContext context =
        context(
            component(
                cluster(load("cluster.yaml", cluster), RenderOptions.defaults()),
                0,
                load("cmpd.yaml", CMPD)));
    List<ObjectNode> services = new ComponentServiceLowerer().lower(context);
    codes.addAll(codes(context.reporter()));
    return services;
  }

  private static ObjectNode named(List<ObjectNode> services, String name) {
    return services.stream()
        .filter(s -> s.at("/metadata/name").asString().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + names(services)));
  }

  @Test
  void namesFollowServiceNamesAndSkipDisabledAndHeadless() {
    List<String> codes = new java.util.ArrayList<>();
    List<ObjectNode> services = lower("", codes);
    assertEquals(
        List.of("pg-db", "pg-db-read", "pg-db-pod-0", "pg-db-pod-1", "pg-db-pod-2"),
        names(services));
    assertEquals(List.of(), codes);
  }

  /**
   * A Cluster entry that names no definition service changes nothing, as in KubeBlocks'
   * overrideComponentServices (pkg/controller/component/synthesize_component.go); validation warns
   * of it (KB4050).
   */
  @Test
  void clusterEntryNamingNoDefinitionServiceIsIgnored() {
    List<String> codes = new java.util.ArrayList<>();
    List<ObjectNode> services =
        lower(
            """
                  services:
                    - name: nodeport
                      serviceType: NodePort
                      podService: true
            """,
            codes);
    assertEquals(lower("").toString(), services.toString());
    assertEquals(List.of(), codes);
  }

  @Test
  void roleSelectorNarrowsTheSelector() {
    ObjectNode service = named(lower(""), "pg-db");
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"pg\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"apps.kubeblocks.io/release-phase\":\"stable\",\"kubeblocks.io/role\":\"leader\"}",
        service.at("/spec/selector").toString());
    assertEquals("ClusterIP", service.at("/spec/type").asString());
    assertEquals("db", service.at("/spec/ports/0/targetPort").asString());
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"pg\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\",\"team\":\"data\"}",
        service.at("/metadata/labels").toString());
    assertEquals("{\"owner\":\"dba\"}", service.at("/metadata/annotations").toString());
  }

  @Test
  void declaredTypeAndAnnotationsAreKeptWithoutOverride() {
    ObjectNode read = named(lower(""), "pg-db-read");
    assertEquals("NodePort", read.at("/spec/type").asString());
    assertEquals("follower", read.at("/spec/selector/kubeblocks.io~1role").asString());
    assertEquals(
        "{\"from\":\"definition\",\"owner\":\"dba\"}", read.at("/metadata/annotations").toString());
  }

  @Test
  void podServiceMakesOneServicePerPodWithoutRole() {
    List<ObjectNode> services = lower("");
    for (int i = 0; i < 3; i++) {
      ObjectNode service = named(services, "pg-db-pod-" + i);
      assertEquals(
          "pg-db-" + i, service.at("/spec/selector/apps.kubeblocks.io~1pod-name").asString());
      assertFalse(service.at("/spec/selector").has("kubeblocks.io/role"));
    }
  }

  @Test
  void podServicesFollowInstanceTemplatesAndOfflineInstances() {
    List<ObjectNode> services =
        lower(
            """
                  instances:
                    - name: big
                      replicas: 1
                  offlineInstances: [pg-db-0]
            """);
    assertEquals(
        List.of("pg-db", "pg-db-read", "pg-db-pod-1", "pg-db-pod-2", "pg-db-pod-big-0"),
        names(services));
    assertEquals(
        "pg-db-big-0",
        named(services, "pg-db-pod-big-0")
            .at("/spec/selector/apps.kubeblocks.io~1pod-name")
            .asString());
  }

  @Test
  void clusterOverrideProvisionsAndRetypes() {
    List<ObjectNode> services =
        lower(
            """
                  services:
                    - name: lb
                      serviceType: LoadBalancer
                    - name: read
                      serviceType: ClusterIP
                      annotations:
                        from: cluster
            """);
    ObjectNode lb = named(services, "pg-db-lb");
    assertEquals("LoadBalancer", lb.at("/spec/type").asString());
    assertEquals("Local", lb.at("/spec/externalTrafficPolicy").asString());
    ObjectNode read = named(services, "pg-db-read");
    assertEquals("ClusterIP", read.at("/spec/type").asString());
    // the Cluster's annotations replace the definition's service annotations
    assertEquals(
        "{\"from\":\"cluster\",\"owner\":\"dba\"}", read.at("/metadata/annotations").toString());
  }

  @Test
  void clusterOverrideCanTurnPodServiceOff() {
    List<ObjectNode> services =
        lower(
            """
                  services:
                    - name: per-pod
                      podService: false
            """);
    ObjectNode service = named(services, "pg-db-pod");
    assertEquals("leader", service.at("/spec/selector/kubeblocks.io~1role").asString());
  }

  @Test
  void explicitExternalTrafficPolicyIsKept() {
    String cmpd =
        CMPD.replace(
            "type: LoadBalancer", "type: LoadBalancer\n        externalTrafficPolicy: Cluster");
    ObjectNode built =
        ServiceSpec.of(load("cmpd.yaml", cmpd).root().at("/spec/services/2"), null)
            .build(new java.util.TreeMap<>(), true);
    assertEquals("LoadBalancer", built.path("type").asString());
    assertEquals("Cluster", built.path("externalTrafficPolicy").asString());
  }
}
