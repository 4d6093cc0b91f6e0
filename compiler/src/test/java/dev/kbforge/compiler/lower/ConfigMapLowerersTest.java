package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixtures.cluster;
import static dev.kbforge.compiler.lower.LowerFixtures.component;
import static dev.kbforge.compiler.lower.LowerFixtures.context;
import static dev.kbforge.compiler.lower.LowerFixtures.load;
import static dev.kbforge.compiler.lower.LowerFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The env ConfigMap and the file template ConfigMaps. */
class ConfigMapLowerersTest {
  private static final SynthesizedComponent C =
      component(
          cluster(
              load(
                  "cluster.yaml",
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
                        replicas: 1
                        labels:
                          env: test
                  """),
              RenderOptions.defaults()),
          0,
          load(
              "cmpd.yaml",
              """
              apiVersion: apps.kubeblocks.io/v1
              kind: ComponentDefinition
              metadata:
                name: db-1
              spec:
                annotations:
                  owner: dba
                runtime:
                  containers:
                    - name: db
              """));

  @Test
  void envConfigMapKeepsDeclarationOrder() {
    Map<String, String> plain = new LinkedHashMap<>();
    plain.put("ZETA", "1");
    plain.put("ALPHA", "2");
    plain.put("MID", "");
    List<ObjectNode> objects = new EnvConfigMapLowerer().lower(context(C, plain, List.of()));
    assertEquals(List.of("pg-db-env"), names(objects));
    ObjectNode configMap = objects.get(0);
    assertEquals("ConfigMap", configMap.path("kind").asString());
    assertEquals("prod", configMap.at("/metadata/namespace").asString());
    assertEquals(
        List.of("ZETA", "ALPHA", "MID"), List.copyOf(configMap.path("data").propertyNames()));
    assertEquals(
        "{\"app.kubernetes.io/instance\":\"pg\",\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\",\"env\":\"test\"}",
        configMap.at("/metadata/labels").toString());
  }

  @Test
  void envConfigMapIsEmittedWhenEmpty() {
    ObjectNode configMap = new EnvConfigMapLowerer().lower(context(C)).get(0);
    assertEquals("{}", configMap.path("data").toString());
  }

  @Test
  void templateConfigMapCarriesFileTemplateLabelsAndHash() {
    TreeMap<String, String> files = new TreeMap<>();
    files.put("my.conf", "port = 5432\n");
    files.put("extra.conf", "");
    RenderedTemplate config =
        new RenderedTemplate("db-config", "config", 0444, true, files, "abc123");
    RenderedTemplate scripts =
        new RenderedTemplate("db-scripts", "scripts", 0555, false, new TreeMap<>(), "def456");
    List<ObjectNode> objects =
        new TemplateConfigMapLowerer().lower(context(C, Map.of(), List.of(config, scripts)));

    assertEquals(List.of("pg-db-db-config", "pg-db-db-scripts"), names(objects));
    ObjectNode configMap = objects.get(0);
    assertEquals(
        "{\"app.kubernetes.io/component\":\"db-1\",\"app.kubernetes.io/instance\":\"pg\","
            + "\"app.kubernetes.io/managed-by\":\"kubeblocks\","
            + "\"apps.kubeblocks.io/component-name\":\"db\","
            + "\"apps.kubeblocks.io/file-template\":\"true\",\"env\":\"test\"}",
        configMap.at("/metadata/labels").toString());
    assertEquals(
        "{\"config.kubeblocks.io/config-hash\":\"abc123\",\"owner\":\"dba\"}",
        configMap.at("/metadata/annotations").toString());
    assertEquals(
        "{\"extra.conf\":\"\",\"my.conf\":\"port = 5432\\n\"}", configMap.path("data").toString());
    assertEquals(
        "def456",
        objects.get(1).at("/metadata/annotations/config.kubeblocks.io~1config-hash").asString());
  }

  @Test
  void noTemplatesNoConfigMaps() {
    assertEquals(List.of(), new TemplateConfigMapLowerer().lower(context(C)));
  }
}
