package dev.kbforge.compiler.lower;

import static dev.kbforge.compiler.lower.LowerFixture.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kbforge.compiler.api.KubeBlocksRelease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * When kbagent joins the pod (pkg/controller/component/kbagent.go hasActionDefined), which image
 * and ports it gets, and what stops it, reported where it is written (KB5600-KB5607).
 */
class KbAgentContainersTest {
  private static final String CLUSTER =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: Cluster
      metadata: {name: c, namespace: ns}
      spec:
        componentSpecs:
          - name: db
            componentDef: db
            configs:
              - name: conf
                reconfigure: false
      """;

  private static LowerFixture fixture(String spec) {
    String cmpd =
        """
        apiVersion: apps.kubeblocks.io/v1
        kind: ComponentDefinition
        metadata: {name: db}
        spec:
        """
            + spec.indent(2);
    return new LowerFixture(cmpd, CLUSTER);
  }

  private static final String RUNTIME =
      """
      runtime:
        containers:
          - name: main
            image: main:1
            ports: [{name: p, containerPort: 3501}]
            volumeMounts: [{name: data, mountPath: /data}]
          - name: side
            image: side:1
            ports: [{name: q, containerPort: 3502}, {name: r, containerPort: 3503}]
      """;

  private static JsonNode pod(LowerFixture f) {
    return PodTemplateBuilder.spec(f.context());
  }

  private static JsonNode container(JsonNode pod, String list, String name) {
    for (JsonNode c : pod.path(list)) {
      if (name.equals(c.path("name").asString())) {
        return c;
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void noLifecycleActionsNoKbagent() {
    LowerFixture f = fixture(RUNTIME);
    JsonNode pod = pod(f);
    assertEquals(List.of("main", "side"), names(pod.path("containers")));
    assertFalse(pod.has("initContainers"));
    assertEquals(List.of("data"), names(pod.path("volumes")));
  }

  @Test
  void emptyLifecycleActionsStillBringKbagentAsInKubeBlocks() {
    LowerFixture f = fixture(RUNTIME + "lifecycleActions: {}\n");
    JsonNode pod = pod(f);
    assertEquals(List.of("main", "side", "kbagent"), names(pod.path("containers")));
    assertEquals(List.of("kbagent-worker"), names(pod.path("initContainers")));
    JsonNode server = container(pod, "containers", "kbagent");
    assertEquals(KubeBlocksRelease.defaults().toolsImage(), server.path("image").asString());
    assertEquals("/bin/kbagent", server.path("command").path(0).asString());
    // 3501 and 3502 are taken: the next free numbers, 3503 being taken too
    assertEquals("3504", server.path("args").path(1).asString());
    assertEquals("3505", server.path("args").path(3).asString());
    assertEquals(3504, server.path("startupProbe").path("tcpSocket").path("port").asInt());
    assertEquals(List.of(), f.codes());
  }

  @Test
  void aTemplateReconfigureActionBringsKbagentUnlessTheClusterTurnsItOff() {
    String conf =
        """
        configs:
          - name: conf
            template: conf-tpl
            volumeName: conf
            reconfigure:
              exec: {command: [reload]}
        """;
    assertEquals(List.of("main", "side"), names(pod(fixture(RUNTIME + conf)).path("containers")));
    String scripts = conf.replace("configs:", "scripts:");
    assertEquals(
        List.of("main", "side", "kbagent"),
        names(pod(fixture(RUNTIME + scripts)).path("containers")));
  }

  @Test
  void anExecContainerLendsItsMountsAndAnExecImageMovesKbagentIntoIt() {
    LowerFixture f =
        fixture(
                RUNTIME
                    + """
                    lifecycleActions:
                      postProvision:
                        exec: {container: main, command: [a]}
                      memberLeave:
                        exec: {command: [b]}
                    """)
            .images(Map.of("postProvision", "act:2"));
    JsonNode pod = pod(f);
    assertEquals(List.of("init-kbagent", "kbagent-worker"), names(pod.path("initContainers")));
    JsonNode server = container(pod, "containers", "kbagent");
    assertEquals("act:2", server.path("image").asString());
    assertEquals("/kubeblocks/kbagent", server.path("command").path(0).asString());
    assertEquals(
        List.of("kubeblocks", "data", "kubeblocks-role-label"), names(server.path("volumeMounts")));
    assertEquals(
        List.of("kubeblocks-role-label", "data", "kubeblocks"), names(pod.path("volumes")));
    assertEquals(List.of(), f.codes());
  }

  @Test
  void anActionWithoutOrWithSeveralHandlersIsAnError() {
    LowerFixture f =
        fixture(
            RUNTIME
                + """
                lifecycleActions:
                  roleProbe:
                    periodSeconds: 1
                  switchover:
                    exec: {command: [a]}
                    http: {port: "80"}
                """);
    JsonNode pod = pod(f);
    assertEquals(List.of("main", "side"), names(pod.path("containers")));
    assertEquals(List.of("KB5601@cmpd.yaml:17:5", "KB5600@cmpd.yaml:15:5"), f.codes());
  }

  @Test
  void twoExecImagesOrContainersOrAMissingContainerAreErrors() {
    String twoImages =
        """
        lifecycleActions:
          postProvision:
            exec: {image: "a:1", command: [a]}
          memberJoin:
            exec: {image: "b:1", command: [b]}
        """;
    LowerFixture images = fixture(RUNTIME + twoImages);
    pod(images);
    assertEquals(List.of("KB5602@cmpd.yaml:18:7"), images.codes());

    String twoContainers =
        twoImages
            .replace("image: \"a:1\"", "container: main")
            .replace("image: \"b:1\"", "container: side");
    LowerFixture containers = fixture(RUNTIME + twoContainers);
    pod(containers);
    assertEquals(List.of("KB5603@cmpd.yaml:18:25"), containers.codes());

    LowerFixture missing =
        fixture(
            RUNTIME
                + twoImages
                    .replace("image: \"a:1\"", "container: nope")
                    .replace("image: \"b:1\", ", ""));
    pod(missing);
    assertEquals(List.of("KB5604@cmpd.yaml:16:25"), missing.codes());
  }

  @Test
  void aPortDeclaredTwiceStopsKbagent() {
    LowerFixture f =
        fixture(
            RUNTIME.replace("containerPort: 3503", "containerPort: 3501")
                + "lifecycleActions: {}\n");
    JsonNode pod = pod(f);
    assertEquals(List.of("main", "side"), names(pod.path("containers")));
    assertEquals(List.of("KB5605@cmpd.yaml:13:74"), f.codes());
  }

  @Test
  void theRoleLabelVolumeAndPathAreKbagents() {
    LowerFixture volume =
        fixture(
            RUNTIME
                + """
                  volumes:
                    - name: kubeblocks-role-label
                      emptyDir: {}
                lifecycleActions: {}
                """);
    pod(volume);
    assertEquals(List.of("KB5606@cmpd.yaml:15:7"), volume.codes());

    LowerFixture path =
        fixture(
            RUNTIME.replace("mountPath: /data", "mountPath: /etc/kubeblocks/pod-metadata")
                + """
                lifecycleActions:
                  postProvision:
                    exec: {container: main, command: [a]}
                """);
    pod(path);
    assertEquals(List.of("KB5607@cmpd.yaml:7:7"), path.codes());
  }
}
