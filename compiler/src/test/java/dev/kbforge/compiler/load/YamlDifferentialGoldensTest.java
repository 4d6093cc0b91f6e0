package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs the Go reference converter ({@code src/test/go/yamljson}) over the corpus and requires
 * the committed goldens to be what it writes, so a golden cannot drift from sigs.k8s.io/yaml. Skips
 * with a message where Go or the Debian Go packages are not installed (CI needs neither).
 */
class YamlDifferentialGoldensTest {
  private static final Path SCRIPT = Path.of("src/test/go/yamljson/regenerate.sh");
  private static final Path SIGS_YAML = Path.of("/usr/share/gocode/src/sigs.k8s.io/yaml");

  @Test
  void goldensAreWhatSigsK8sYamlWrites(@TempDir Path out) throws Exception {
    assumeTrue(goAvailable(), "no 'go' on the PATH: the YAML goldens are not re-checked");
    assumeTrue(
        System.getenv("GOPATH") != null || Files.isDirectory(SIGS_YAML),
        "sigs.k8s.io/yaml not found (apt-get install golang-k8s-sigs-yaml-dev, or set GOPATH)");
    Process run =
        new ProcessBuilder(
                "sh", SCRIPT.toString(), YamlDifferentialTest.CORPUS.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), "the Go reference converter failed:\n" + log);
    List<String> differ = new ArrayList<>();
    for (Path input : YamlDifferentialTest.cases()) {
      Path committed = YamlDifferentialTest.expectedOf(input);
      Path fresh = out.resolve(committed.getFileName());
      if (!Files.exists(committed) || Files.mismatch(committed, fresh) != -1) {
        differ.add(committed.getFileName().toString());
      }
    }
    assertEquals(List.of(), differ, "goldens differ from Go's output; regenerate with " + SCRIPT);
  }

  static boolean goAvailable() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("go", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException notFound) {
      return false;
    }
  }
}
