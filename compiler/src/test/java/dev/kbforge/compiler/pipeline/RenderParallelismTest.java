package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.bench.GeneratedClusters;
import dev.kbforge.compiler.compile.CompilePhases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render serialises and writes cluster folders on worker threads while the next clusters compile
 * (EmitWorkers); the tree must not depend on it. 2,000 generated redis clusters rendered on the
 * compiling thread alone and with four workers (more than the cores of most CI machines, so the
 * workers interleave) give the same files, byte for byte.
 */
class RenderParallelismTest {
  private static final int CLUSTERS = 2_000;

  @TempDir Path dir;

  @Test
  void sequentialAndParallelRendersWriteTheSameBytes() throws IOException {
    GeneratedClusters fleet = GeneratedClusters.of(ProjectRoot.find().resolve("addons/redis"));
    List<Path> inputs = fleet.write(CLUSTERS, dir.resolve("in"));

    Map<String, byte[]> sequential =
        render(new Pipeline(CompilePhases.standard(), 0), inputs, "seq");
    Map<String, byte[]> parallel = render(new Pipeline(CompilePhases.standard(), 4), inputs, "par");

    // a root kustomization, and a folder with objects and a kustomization per cluster
    assertTrue(sequential.size() > 2 * CLUSTERS, "files: " + sequential.size());
    assertEquals(sequential.keySet(), parallel.keySet());
    sequential.forEach((path, bytes) -> assertArrayEquals(bytes, parallel.get(path), path));
  }

  private Map<String, byte[]> render(Pipeline pipeline, List<Path> inputs, String name)
      throws IOException {
    Path out = dir.resolve(name);
    RenderResult result =
        pipeline.render(new RenderRequest(inputs, out, RenderOptions.defaults(), false));
    assertTrue(result.written(), () -> name + ": " + result.diagnostics());
    assertEquals(CLUSTERS, result.clusters(), name);
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
