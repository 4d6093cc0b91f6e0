package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixture.names;
import static dev.kbforge.compiler.lower.Samples.BARE_CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CLUSTER;
import static dev.kbforge.compiler.lower.Samples.CMPD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PodTemplateBuilderTest {
  private static final Map<String, String> IMAGES = Map.of("MAIN", "main:1.0");

  private static LowerFixture fixture() {
    return new LowerFixture(CMPD, CLUSTER).images(IMAGES);
  }

  private static ObjectNode spec(LowerFixture f) {
    return PodTemplateBuilder.spec(f.context());
  }

  private static JsonNode container(JsonNode pod, String list, String name) {
    for (JsonNode c : pod.path(list)) {
      if (c.path("name").asString().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no container " + name);
  }

  @Test
  void metadataHasPodLabelsAndDefinitionAnnotations() {
    LowerFixture f = fixture();
    JsonNode metadata = PodTemplateBuilder.build(f.context()).path("metadata");
    Map<String, String> labels = Labels.pod(f.synthesized());
    assertEquals(labels.size(), metadata.path("labels").size());
    labels.forEach((k, v) -> assertEquals(v, metadata.path("labels").path(k).asString(), k));
    assertEquals("db", metadata.path("labels").path("team").asString());
    assertEquals("stable", metadata.path("labels").path(Labels.RELEASE_PHASE).asString());
    assertEquals("from-cmpd", metadata.path("annotations").path("note").asString());
    assertFalse(metadata.path("annotations").has(PodTemplateBuilder.CONFIG_CHECKSUM));
  }

  @Test
  void configChecksumFollowsTheRenderedTemplates() {
    String one =
        PodTemplateBuilder.build(fixture().template("conf", "config", 0444, "aa").context())
            .path("metadata")
            .path("annotations")
            .path(PodTemplateBuilder.CONFIG_CHECKSUM)
            .asString();
    String same =
        PodTemplateBuilder.build(fixture().template("conf", "config", 0444, "aa").context())
            .path("metadata")
            .path("annotations")
            .path(PodTemplateBuilder.CONFIG_CHECKSUM)
            .asString();
    String changed =
        PodTemplateBuilder.build(fixture().template("conf", "config", 0444, "bb").context())
            .path("metadata")
            .path("annotations")
            .path(PodTemplateBuilder.CONFIG_CHECKSUM)
            .asString();
    assertEquals(64, one.length());
    assertEquals(one, same);
    assertNotEquals(one, changed);
  }

  @Test
  void varsComeFirstAndComponentEnvLast() {
    JsonNode pod = spec(fixture().secretVar("PASSWORD", "demo-db-account-root", "password"));
    assertEquals(
        List.of("PASSWORD", "OWN", "EXTRA"),
        names(container(pod, "containers", "main").path("env")));
    assertEquals(
        List.of("PASSWORD", "EXTRA"), names(container(pod, "containers", "Sidecar").path("env")));
    // init containers get the vars, not the component env
    assertEquals(List.of("PASSWORD"), names(container(pod, "initContainers", "init").path("env")));
    assertEquals(
        "demo-db-account-root",
        container(pod, "containers", "main")
            .path("env")
            .path(0)
            .path("valueFrom")
            .path("secretKeyRef")
            .path("name")
            .asString());
  }

  @Test
  void plainVarsArriveThroughTheEnvConfigMap() {
    JsonNode pod = spec(fixture().plainVar("PORT", "6379"));
    for (JsonNode c :
        List.of(
            container(pod, "containers", "main"),
            container(pod, "containers", "Sidecar"),
            container(pod, "initContainers", "init"))) {
      JsonNode envFrom = c.path("envFrom");
      assertEquals(1, envFrom.size());
      assertEquals("demo-db-env", envFrom.path(0).path("configMapRef").path("name").asString());
      assertTrue(envFrom.path(0).path("configMapRef").path("optional").isBoolean());
      assertFalse(envFrom.path(0).path("configMapRef").path("optional").asBoolean());
    }
    assertFalse(container(spec(fixture()), "containers", "main").has("envFrom"));
  }

  @Test
  void volumesInOrderWithTemplatesAndEmptyDirs() {
    JsonNode pod =
        spec(
            fixture()
                .template("conf", "config", 0444, "a")
                .template("scripts", "scripts", 0555, "b"));
    JsonNode volumes = pod.path("volumes");
    // runtime, component, emptyDir for the unknown mount, then the templates; no volume for the
    // claim
    assertEquals(List.of("logs", "cache", "scratch", "config", "scripts"), names(volumes));
    assertTrue(volumes.path(2).path("emptyDir").isObject());
    assertEquals("Memory", volumes.path(1).path("emptyDir").path("medium").asString());
    assertEquals("demo-db-conf", volumes.path(3).path("configMap").path("name").asString());
    assertEquals(292, volumes.path(3).path("configMap").path("defaultMode").asInt());
    assertEquals("demo-db-scripts", volumes.path(4).path("configMap").path("name").asString());
    assertEquals(365, volumes.path(4).path("configMap").path("defaultMode").asInt());
  }

  @Test
  void templatesNotRenderedStillGetTheirVolume() {
    LowerFixture f =
        new LowerFixture(
                CMPD,
                CLUSTER
                    + """
                          configs:
                            - name: conf
                              externalManaged: true
                              configMap:
                                name: my-own-conf
                    """)
            .images(IMAGES);
    JsonNode volumes = spec(f).path("volumes");
    assertEquals(List.of("logs", "cache", "scratch", "config", "scripts"), names(volumes));
    assertEquals("my-own-conf", volumes.path(3).path("configMap").path("name").asString());
    assertEquals(292, volumes.path(3).path("configMap").path("defaultMode").asInt());
    assertEquals("demo-db-scripts", volumes.path(4).path("configMap").path("name").asString());
    assertEquals(365, volumes.path(4).path("configMap").path("defaultMode").asInt());
  }

  @Test
  void resourcesOnlyOnTheFirstContainer() {
    JsonNode pod = spec(fixture());
    JsonNode main = container(pod, "containers", "main").path("resources");
    assertEquals("1", main.path("limits").path("cpu").asString());
    assertEquals("1Gi", main.path("limits").path("memory").asString());
    JsonNode sidecar = container(pod, "containers", "Sidecar").path("resources");
    assertEquals("100m", sidecar.path("limits").path("cpu").asString());
    assertFalse(sidecar.path("limits").has("memory"));
    assertFalse(container(pod, "initContainers", "init").has("resources"));
  }

  @Test
  void componentSchedulingPolicyWinsOverTheClusters() {
    JsonNode pod = spec(fixture());
    assertEquals("dedicated", pod.path("tolerations").path(0).path("key").asString());
    assertEquals("NoSchedule", pod.path("tolerations").path(0).path("effect").asString());
    assertFalse(pod.has("nodeSelector"));
  }

  @Test
  void clusterSchedulingPolicyWhenTheComponentHasNone() {
    JsonNode pod = spec(new LowerFixture(CMPD, BARE_CLUSTER).images(IMAGES));
    assertEquals("ssd", pod.path("nodeSelector").path("disk").asString());
    assertFalse(pod.has("tolerations"));
    assertEquals("gvisor", pod.path("runtimeClassName").asString());
  }

  @Test
  void hostNetworkResolvesClusterNames() {
    JsonNode pod =
        spec(
            new LowerFixture(CMPD, CLUSTER + "      network:\n        hostNetwork: true\n")
                .images(IMAGES));
    assertTrue(pod.path("hostNetwork").asBoolean());
    assertEquals("ClusterFirstWithHostNet", pod.path("dnsPolicy").asString());
    assertFalse(spec(fixture()).has("dnsPolicy"));
  }

  @Test
  void imagesFromTheVersionReplaceOrKeepTheRuntimes() {
    LowerFixture f = fixture();
    JsonNode pod = spec(f);
    assertEquals("main:1.0", container(pod, "containers", "main").path("image").asString());
    assertEquals("sidecar:1", container(pod, "containers", "Sidecar").path("image").asString());
    assertEquals("busybox:1", container(pod, "initContainers", "init").path("image").asString());
    assertEquals(List.of(), f.codes());
  }

  @Test
  void componentVolumeNamedLikeAPodVolumeIsReported() {
    String cluster =
        CLUSTER
            + """
                    - name: logs
                      emptyDir: {}
                    - name: config
                      emptyDir: {}
            """;
    LowerFixture f = new LowerFixture(CMPD, cluster).images(IMAGES);
    JsonNode pod = spec(f);
    assertEquals(
        List.of(
            "KB5301@" + Samples.at("cluster.yaml", cluster, "- name: logs", "logs"),
            "KB5301@" + Samples.at("cluster.yaml", cluster, "- name: config", "config")),
        f.codes());
    assertEquals("/var/log", pod.path("volumes").path(0).path("hostPath").path("path").asString());
  }

  @Test
  void serviceAccountWhenTheDefinitionHasActionsOrRules() {
    assertFalse(spec(fixture()).has("serviceAccountName"));
    String withActions =
        CMPD
            + """
              lifecycleActions:
                roleProbe:
                  exec:
                    command: ["true"]
            """;
    assertEquals(
        "kb-demo-db",
        spec(new LowerFixture(withActions, CLUSTER).images(IMAGES))
            .path("serviceAccountName")
            .asString());
    String withRules =
        CMPD
            + "  policyRules:\n    - apiGroups: [\"\"]\n      resources: [pods]\n      verbs: [get]\n";
    assertEquals(
        "kb-demo-db",
        spec(new LowerFixture(withRules, CLUSTER).images(IMAGES))
            .path("serviceAccountName")
            .asString());
    assertEquals(
        "mine",
        spec(new LowerFixture(withActions, CLUSTER + "      serviceAccountName: mine\n")
                .images(IMAGES))
            .path("serviceAccountName")
            .asString());
  }
}
