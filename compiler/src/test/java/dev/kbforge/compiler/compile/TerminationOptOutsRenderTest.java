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

/**
 * A DoNotTerminate cluster's objects all carry the prune opt-outs of Argo CD and Flux, whatever the
 * target; a Delete cluster's carry none.
 */
class TerminationOptOutsRenderTest {
  @TempDir Path dir;
  @TempDir Path parent;

  private List<String> render(String policy, Target target) throws IOException {
    CompileFixture f =
        new CompileFixture(dir)
            .addon()
            .file(
                "clusters/a.yaml",
                CompileFixture.cluster("a")
                    .replace("terminationPolicy: Delete", "terminationPolicy: " + policy));
    if (target == Target.KUBEBLOCKS) { // KubeBlocks renders templates itself: no Pebble
      f.delete("addons/tiny/templates/tiny-config/tiny.conf.peb")
          .file("addons/tiny/templates/tiny-config/tiny.conf", "port 6379\n");
    }
    Path out = parent.resolve("out-" + policy + "-" + target);
    RenderResult result = f.render(out, target, "addons/tiny", "clusters");
    assertEquals(List.of(), f.codes(result.diagnostics()));
    assertTrue(result.written());
    try (Stream<Path> files = Files.list(out.resolve("demo/a"))) {
      List<String> objects = new java.util.ArrayList<>();
      for (Path file : files.sorted().toList()) {
        if (!file.getFileName().toString().equals("kustomization.yaml")) {
          objects.add(Files.readString(file));
        }
      }
      return objects;
    }
  }

  @Test
  void everyObjectOfADoNotTerminateClusterOptsOutOfPruning() throws IOException {
    for (Target target : List.of(Target.INSTANCESET, Target.KUBEBLOCKS)) {
      List<String> objects = render("DoNotTerminate", target);
      assertFalse(objects.isEmpty(), target.toString());
      for (String object : objects) {
        assertTrue(
            object.contains("argocd.argoproj.io/sync-options: \"Prune=false,Delete=false\"\n"),
            object);
        assertTrue(object.contains("kustomize.toolkit.fluxcd.io/prune: disabled\n"), object);
        assertTrue(object.contains("kbforge.dev/termination-policy: DoNotTerminate\n"), object);
      }
    }
  }

  @Test
  void deleteAndWipeOutClustersCarryNoOptOuts() throws IOException {
    for (String policy : List.of("Delete", "WipeOut")) {
      for (String object : render(policy, Target.INSTANCESET)) {
        assertFalse(object.contains("argocd.argoproj.io/sync-options"), object);
        assertFalse(object.contains("kustomize.toolkit.fluxcd.io/prune"), object);
      }
    }
  }
}
