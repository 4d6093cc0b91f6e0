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

/** The kubeblocks target: Cluster CRs and the definitions they use, nothing lowered. */
class PassThroughTest {
  @TempDir Path dir;
  @TempDir Path parent;

  private Path out() {
    return parent.resolve("out");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(out())) {
      return walk.filter(Files::isRegularFile)
          .map(p -> out().relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private CompileFixture scriptsOnly() {
    // a verbatim scripts folder passes through; the Pebble config would not
    return new CompileFixture(dir)
        .addon()
        .delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
        .file("addons/tiny/templates/tiny-config/tiny.conf", "port 6379\n");
  }

  @Test
  void clustersShareOneDefinitionsFolder() throws IOException {
    String withStatus = CompileFixture.cluster("a") + "status:\n  phase: Running\n";
    CompileFixture f =
        scriptsOnly()
            .file("clusters/a.yaml", withStatus)
            .file("clusters/b.yaml", CompileFixture.cluster("b"));
    RenderResult result = f.render(out(), Target.KUBEBLOCKS, "addons/tiny", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertEquals(
        List.of(
            "_definitions/clusterdefinition-tiny.yaml",
            "_definitions/componentdefinition-tiny-1.0.yaml",
            "_definitions/componentversion-tiny.yaml",
            "_definitions/configmap-tiny-config.yaml",
            "_definitions/configmap-tiny-scripts.yaml",
            "_definitions/kustomization.yaml",
            "demo/a/cluster-a.yaml",
            "demo/a/kustomization.yaml",
            "demo/b/cluster-b.yaml",
            "demo/b/kustomization.yaml",
            "kustomization.yaml"),
        files());
    assertEquals(7, result.objects());
    String root = Files.readString(out().resolve("kustomization.yaml"));
    assertTrue(
        root.contains("resources:\n- _definitions\n- demo/a\n- demo/b\n"), "definitions first");
    String cluster = Files.readString(out().resolve("demo/a/cluster-a.yaml"));
    assertFalse(cluster.contains("status"), cluster);
    String scripts = Files.readString(out().resolve("_definitions/configmap-tiny-scripts.yaml"));
    assertTrue(scripts.contains("namespace: default\n"), scripts);
    // passed as written: KubeBlocks renders the Go template in the cluster
    assertTrue(scripts.contains("echo ${#x} {# not a comment #} {{ \"{{ raw }}\" }}"), scripts);
  }

  @Test
  void pebbleTemplatesCannotBePassedToKubeBlocks() {
    CompileFixture f = new CompileFixture(dir).addon().file("c.yaml", CompileFixture.cluster("a"));
    RenderResult result = f.render(out(), Target.KUBEBLOCKS, "addons/tiny", "c.yaml");
    assertEquals(
        List.of("KB5410@addons/tiny/templates/tiny-config/tiny.conf.peb:1:1"),
        f.codes(result.diagnostics()));
    assertFalse(Files.exists(out()));
  }

  @Test
  void renderWithoutClustersWarnsAndWritesAnEmptyTree() throws IOException {
    CompileFixture f = scriptsOnly();
    RenderResult result = f.render(out(), Target.INSTANCESET, "addons/tiny");
    assertEquals(1, result.diagnostics().size());
    assertEquals("KB5404", result.diagnostics().get(0).code());
    assertTrue(result.written());
    assertEquals(List.of("kustomization.yaml"), files());
  }
}
