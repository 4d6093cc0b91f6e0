package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ProjectRoot;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.bench.GeneratedClusters;
import dev.kbforge.compiler.compile.CompilePhases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render loads and validates files on worker threads too (InParallel), and serialises and writes
 * cluster folders on them while the next clusters compile, or on the compiling thread when they are
 * behind (EmitWorkers); the tree and the findings must not depend on it. 2,000 generated redis
 * clusters rendered on the compiling thread alone and with four workers (more than the cores of
 * most CI machines, so the workers interleave) give the same files, byte for byte; a fleet with
 * broken files gives the same findings in the same order.
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

  @Test
  void sequentialAndParallelRunsReportTheSameFindings() throws IOException {
    GeneratedClusters fleet = GeneratedClusters.of(ProjectRoot.find().resolve("addons/redis"));
    Path in = dir.resolve("broken");
    Files.createDirectories(in);
    for (int i = 0; i < 300; i++) {
      String cluster = fleet.cluster(i);
      if (i % 7 == 0) { // an unknown field: a schema finding in the middle of the file
        cluster = cluster.replace("\nspec:\n", "\nspec:\n  unknownField: 1\n");
      } else if (i % 11 == 0) { // a YAML syntax error
        cluster = cluster + "broken: [\n";
      }
      Files.writeString(in.resolve("cluster-" + i + ".yaml"), cluster);
    }
    List<Path> inputs = new ArrayList<>(fleet.definitionPaths());
    inputs.add(in);

    List<Diagnostic> sequential =
        new Pipeline(CompilePhases.standard(), 0)
            .validate(new ValidateRequest(inputs, false))
            .diagnostics();
    List<Diagnostic> parallel =
        new Pipeline(CompilePhases.standard(), 4)
            .validate(new ValidateRequest(inputs, false))
            .diagnostics();

    // 43 clusters with an unknown field and 24 with a syntax error, at least one finding each
    assertTrue(sequential.stream().filter(Diagnostic::isError).count() >= 43 + 24, "" + sequential);
    assertEquals(sequential, parallel);
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
