package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upstream KubeBlocks files ({@link ReferenceData}: rendered charts, whose shell scripts are
 * full of tabs, and example Clusters) read by kbforge's loader and by sigs.k8s.io/yaml must give
 * the same JSON. Runs the Go converter live, so it needs Go and the reference data (nothing derived
 * from upstream is stored here); skips with a message otherwise.
 */
class YamlReferenceDifferentialTest {
  @Test
  void upstreamFilesReadAsKubernetesReadsThem(@TempDir Path out) throws Exception {
    Path reference = ReferenceData.dir().resolve("kubeblocks-addons");
    assumeTrue(
        YamlDifferentialGoldensTest.goAvailable(),
        "no 'go' on the PATH: upstream files are not compared with sigs.k8s.io/yaml");
    Process run =
        new ProcessBuilder(
                "sh", "src/test/go/yamljson/regenerate.sh", reference.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), "the Go reference converter failed:\n" + log);
    List<Path> files;
    try (Stream<Path> all = Files.walk(reference)) {
      files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "too few upstream files: " + files.size());
    for (Path file : files) {
      String rel = reference.relativize(file).toString();
      Path golden = out.resolve(rel.substring(0, rel.length() - ".yaml".length()) + ".expected");
      YamlDifferentialTest.compare(
          rel,
          Files.readString(file, StandardCharsets.UTF_8),
          Files.readAllLines(golden, StandardCharsets.UTF_8));
    }
  }
}
