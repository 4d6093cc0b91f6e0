package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the input's plain Kubernetes documents land in the tree (issue 10, item 2). */
class PlainObjectsTest {
  @TempDir Path dir;
  @TempDir Path parent;

  private static final String OBJECTS =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: named-by-a
        namespace: demo
      data: {k: v}
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: labelled-b
        namespace: demo
        labels:
          app.kubernetes.io/instance: b
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: selects-b
        namespace: demo
      spec:
        maxUnavailable: 1
        selector:
          matchLabels:
            app.kubernetes.io/instance: b
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: selects-b-elsewhere
        namespace: other
      spec:
        selector:
          app.kubernetes.io/instance: b
        ports: [{port: 80}]
      ---
      apiVersion: scheduling.k8s.io/v1
      kind: PriorityClass
      metadata:
        name: cluster-scoped
      value: 1000
      ---
      apiVersion: example.com/v1
      kind: Widget
      metadata:
        name: custom
      spec:
        anything: [goes]
      ---
      apiVersion: v1
      kind: Secret
      metadata:
        name: never-written
        namespace: demo
      stringData: {password: x}
      """;

  private Path out() {
    return parent.resolve("out");
  }

  private RenderResult render() {
    String a =
        CompileFixture.cluster("a")
            + """
                  env:
                    - name: K
                      valueFrom:
                        configMapKeyRef: {name: named-by-a, key: k}
            """;
    CompileFixture f =
        new CompileFixture(dir)
            .addon()
            .file("clusters/a.yaml", a)
            .file("clusters/b.yaml", CompileFixture.cluster("b"))
            .file("clusters/objects.yaml", OBJECTS);
    return f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
  }

  private List<String> files(String folder) throws IOException {
    try (Stream<Path> list = Files.list(out().resolve(folder))) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void eachObjectGoesToTheClusterItBelongsToElseToTheSharedFolder() throws IOException {
    RenderResult result = render();
    assertTrue(result.written(), result.diagnostics().toString());
    assertTrue(files("demo/a").contains("configmap-named-by-a.yaml"), files("demo/a").toString());
    List<String> b = files("demo/b");
    assertTrue(b.contains("serviceaccount-labelled-b.yaml"), b.toString());
    assertTrue(b.contains("poddisruptionbudget-selects-b.yaml"), b.toString());
    assertEquals(
        List.of(
            "kustomization.yaml",
            "priorityclass-cluster-scoped.yaml",
            "service-selects-b-elsewhere.yaml",
            "widget-custom.yaml"),
        files("_shared"));
  }

  @Test
  void secretsAreNeverWritten() throws IOException {
    render();
    try (Stream<Path> all = Files.walk(out())) {
      assertFalse(
          all.anyMatch(p -> p.getFileName().toString().contains("never-written")),
          "a Secret in the tree");
    }
  }

  @Test
  void namespacedObjectsGetTheirNamespaceAndClusterScopedOnesNone() throws IOException {
    render();
    String priority = Files.readString(out().resolve("_shared/priorityclass-cluster-scoped.yaml"));
    assertFalse(priority.contains("namespace:"), priority);
    String widget = Files.readString(out().resolve("_shared/widget-custom.yaml"));
    assertFalse(widget.contains("namespace:"), "a custom kind is written as given: " + widget);
    String root = Files.readString(out().resolve("kustomization.yaml"));
    assertTrue(root.indexOf("- _shared") < root.indexOf("- demo/a"), root);
  }

  @Test
  void aConfigMapTheClusterHasRenderedIsNotPassedThroughForWorkloadTargets() throws IOException {
    String cluster =
        CompileFixture.cluster("a")
            + """
                  configs:
                    - name: config
                      configMap:
                        name: own-config
            """;
    String configMap =
        """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: own-config
          namespace: demo
        data:
          tiny.conf: "port 1"
        """;
    CompileFixture f =
        new CompileFixture(dir)
            .addon()
            .file("clusters/a.yaml", cluster)
            .file("clusters/cm.yaml", configMap);
    RenderResult workloads = f.render(out(), Target.INSTANCESET, "addons/tiny", "clusters");
    assertTrue(workloads.written(), workloads.diagnostics().toString());
    assertTrue(Files.exists(out().resolve("demo/a/configmap-a-db-config.yaml")));
    assertFalse(Files.exists(out().resolve("demo/a/configmap-own-config.yaml")));

    f.delete("addons/tiny/templates/tiny-config/tiny.conf.peb") // KubeBlocks takes no Pebble
        .file("addons/tiny/templates/tiny-config/tiny.conf", "port 1\n");
    RenderResult kubeblocks = f.render(out(), Target.KUBEBLOCKS, "addons/tiny", "clusters");
    assertTrue(kubeblocks.written(), kubeblocks.diagnostics().toString());
    assertTrue(
        Files.exists(out().resolve("demo/a/configmap-own-config.yaml")),
        "KubeBlocks reads it from the cluster");
  }
}
