package dev.kbforge.gotemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the Go reference renderer ({@code src/test/go/render.go}, Go's text/template with sprig,
 * built offline in GOPATH mode from Debian's golang-go and golang-github-masterminds-sprig-dev) and
 * checks the stored goldens against it. Skips when {@code go} is not on the PATH. With {@code
 * -Dgotemplate.update=true} it rewrites the goldens instead.
 */
class GoReferenceTest {
  static final boolean UPDATE = Boolean.getBoolean("gotemplate.update");

  static Path goBinary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "go");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Builds the reference renderer; skips the calling test when Go or sprig is missing. */
  static Path buildRenderer() throws IOException, InterruptedException {
    Path go = goBinary();
    Assumptions.assumeTrue(go != null, "go is not on the PATH; skipping");
    Path work = Files.createDirectories(Path.of("target/go-reference").toAbsolutePath());
    Path exe = work.resolve("render");
    ProcessBuilder pb =
        new ProcessBuilder(
            go.toString(),
            "build",
            "-o",
            exe.toString(),
            Path.of("src/test/go/render.go").toAbsolutePath().toString());
    pb.environment().put("GO111MODULE", "off");
    pb.environment()
        .put("GOPATH", work.resolve("gopath") + File.pathSeparator + "/usr/share/gocode");
    pb.environment().put("GOCACHE", work.resolve("cache").toString());
    pb.environment().put("GOFLAGS", "");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = p.waitFor(300, TimeUnit.SECONDS);
    Assumptions.assumeTrue(
        done && p.exitValue() == 0, "cannot build the Go reference renderer; skipping:\n" + log);
    return exe;
  }

  static byte[] run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("reference renderer failed: " + command);
    }
    return out;
  }

  @Test
  void goldensMatchTheGoEngine() throws Exception {
    Path exe = buildRenderer();
    byte[] fresh = run(List.of(exe.toString(), "corpus", Corpus.CASES.toAbsolutePath().toString()));
    if (UPDATE) {
      Files.write(Corpus.GOLDEN, fresh);
    }
    Map<String, Corpus.Result> expected = Corpus.parseGolden(fresh);
    assertEquals(expected, Corpus.golden(), "stale goldens: rerun with -Dgotemplate.update=true");
  }

  @Test
  void upstreamParseResultsMatchTheGoEngine() throws Exception {
    checkUpstream("parse", UpstreamTemplates.PARSE_GOLDEN);
  }

  @Test
  void upstreamRenderingsWithEmptyValuesMatchTheGoEngine() throws Exception {
    checkUpstream("empty", UpstreamTemplates.EMPTY_GOLDEN);
  }

  /** Runs the renderer in {@code mode} over every upstream template file; one line per file. */
  private static void checkUpstream(String mode, Path golden) throws Exception {
    List<UpstreamTemplates.Template> templates = UpstreamTemplates.all();
    Path exe = buildRenderer();
    Path dir = Files.createDirectories(Path.of("target/go-reference/upstream"));
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), mode));
    Map<String, String> idByFile = new java.util.HashMap<>();
    for (UpstreamTemplates.Template t : templates) {
      String file = t.id().replace('/', '_');
      Files.writeString(dir.resolve(file), t.text());
      idByFile.put(file, t.id());
      cmd.add(dir.resolve(file).toString());
    }
    StringBuilder results = new StringBuilder();
    for (String line : new String(run(cmd), StandardCharsets.UTF_8).split("\n")) {
      int space = line.indexOf(' ');
      String file = Path.of(line.substring(0, space)).getFileName().toString();
      results.append(idByFile.get(file)).append(line.substring(space)).append('\n');
    }
    if (UPDATE) {
      Files.writeString(golden, results.toString());
    }
    assertEquals(results.toString(), Files.readString(golden));
  }
}
