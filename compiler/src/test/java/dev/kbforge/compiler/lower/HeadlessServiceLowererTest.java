package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.STATEFULSET;
import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.codes;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HeadlessServiceLowererTest {
  private static final String CMPD =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ComponentDefinition
      metadata:
        name: db-1
      spec:
        annotations:
          kubeblocks.io/probe.headless.its: "yes"
          other: "no"
        exporter:
          containerName: metrics
        runtime:
          containers:
            - name: db
              ports:
                - name: db
                  containerPort: 5432
                - containerPort: 53
                  protocol: UDP
            - name: metrics
              ports:
                - name: http-metrics
                  containerPort: 9187
      """;

  private static SynthesizedComponent db(String clusterYamlExtra, String cmpd) {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: pg
          namespace: prod
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: db
              componentDef: db-1
              replicas: 2
        """
            + clusterYamlExtra;
    return component(
        cluster(load("cluster.yaml", cluster), STATEFULSET), 0, load("cmpd.yaml", cmpd));
  }

  @Test
  void theInstanceSetControllerOwnsItOnTheInstanceSetTarget() {
    SynthesizedComponent c =
        component(
            cluster(
                load(
                    "cluster.yaml",
                    """
                    apiVersion: apps.kubeblocks.io/v1
                    kind: Cluster
                    metadata: {name: pg, namespace: prod}
                    spec:
                      componentSpecs:
                        - name: db
                          componentDef: db-1
                    """),
                RenderOptions.defaults()),
            0,
            load("cmpd.yaml", CMPD));
    assertEquals(List.of(), new HeadlessServiceLowerer().lower(context(c)));
  }

  @Test
  void headlessServiceHasEveryContainerPort() {
    LoweringContext context = context(db("", CMPD));
    List<ObjectNode> objects = new HeadlessServiceLowerer().lower(context);

    assertEquals(1, objects.size());
    ObjectNode service = objects.get(0);
    assertEquals("v1", service.path("apiVersion").asString());
    assertEquals("Service", service.path("kind").asString());
    assertEquals("pg-db-headless", service.at("/metadata/name").asString());
    assertEquals("prod", service.at("/metadata/namespace").asString());
    JsonNode spec = service.path("spec");
    assertEquals("None", spec.path("clusterIP").asString());
    assertTrue(spec.path("publishNotReadyAddresses").asBoolean());
    assertEquals(
        // as the InstanceSet controller builds it: no targetPort (the port number is the target)
        "[{\"name\":\"db\",\"port\":5432,\"protocol\":\"TCP\"},"
            + "{\"name\":\"udp-53\",\"port\":53,\"protocol\":\"UDP\"},"
            + "{\"name\":\"http-metrics\",\"port\":9187,\"protocol\":\"TCP\"}]",
        spec.path("ports").toString());
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"pg\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"apps.kubeblocks.io/release-phase\":\"stable\"}",
        spec.path("selector").toString());
    assertEquals(List.of(), codes(context.reporter()));
  }

  @Test
  void labelsAreTheWorkloadsAndTheComponents() {
    ObjectNode service = new HeadlessServiceLowerer().lower(context(db("", CMPD))).get(0);
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"pg\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"workloads.kubeblocks.io/instance\":\"pg-db\","
            + "\"workloads.kubeblocks.io/managed-by\":\"InstanceSet\"}",
        service.at("/metadata/labels").toString());
    // only ITS annotations ending in .headless.its, without that suffix
    assertEquals(
        "{\"kubeblocks.io/probe\":\"yes\"}", service.at("/metadata/annotations").toString());
  }

  @Test
  void disabledExporterPublishesNoMetricsPort() {
    ObjectNode service =
        new HeadlessServiceLowerer()
            .lower(context(db("      disableExporter: true\n", CMPD)))
            .get(0);
    assertEquals(2, service.at("/spec/ports").size());
    assertEquals("udp-53", service.at("/spec/ports/1/name").asString());
  }

  @Test
  void definitionCanDisableTheHeadlessService() {
    String cmpd =
        CMPD.replace("  annotations:\n", "  disableDefaultHeadlessService: true\n  annotations:\n");
    assertEquals(List.of(), new HeadlessServiceLowerer().lower(context(db("", cmpd))));
  }

  @Test
  void repeatedContainerPortIsReported() {
    String cmpd =
        CMPD.replace("containerPort: 9187", "containerPort: 5432\n            protocol: TCP")
            .replace("name: http-metrics", "name: db");
    LoweringContext context = context(db("", cmpd));
    new HeadlessServiceLowerer().lower(context);
    // the second port, by number: reported once, at the port
    assertEquals(List.of("KB5353@cmpd.yaml:21:13"), codes(context.reporter()));
  }

  @Test
  void aRepeatedPortNameIsNamedByProtocolAndNumberAsTheControllerDoes() {
    String cmpd = CMPD.replace("name: http-metrics", "name: db");
    ObjectNode service = new HeadlessServiceLowerer().lower(context(db("", cmpd))).get(0);
    assertEquals("tcp-9187", service.at("/spec/ports/2/name").asString());
  }

  @Test
  void kbagentsPortsComeLast() {
    String cmpd = CMPD + "  lifecycleActions: {}\n";
    ObjectNode service = new HeadlessServiceLowerer().lower(context(db("", cmpd))).get(0);
    assertEquals(5, service.at("/spec/ports").size());
    assertEquals("http", service.at("/spec/ports/3/name").asString());
    assertEquals(3501, service.at("/spec/ports/3/port").asInt());
    assertEquals("streaming", service.at("/spec/ports/4/name").asString());
    assertEquals(3502, service.at("/spec/ports/4/port").asInt());
  }

  @Test
  void tooLongNameIsReportedAtTheComponentName() {
    String cluster =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: Cluster
        metadata:
          name: a-very-long-cluster-name-that-goes-on-and-on
        spec:
          terminationPolicy: Delete
          componentSpecs:
            - name: a-long-component-name
              replicas: 1
        """;
    SynthesizedComponent c =
        component(cluster(load("long.yaml", cluster), STATEFULSET), 0, load("cmpd.yaml", CMPD));
    LoweringContext context = context(c);
    assertEquals(List.of(), new HeadlessServiceLowerer().lower(context));
    assertEquals(List.of("KB5350@long.yaml:8:13"), codes(context.reporter()));
  }
}
