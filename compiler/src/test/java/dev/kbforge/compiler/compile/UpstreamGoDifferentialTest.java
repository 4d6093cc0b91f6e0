package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.UpstreamExample;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.render.gotmpl.GoRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Go template kbforge renders while compiling the upstream examples (config and script
 * templates on the component controller's path, externalManaged ones on the parameters
 * controller's, with the values kbforge builds for each example Cluster) gives the same bytes as
 * Go's text/template with sprig (and KubeBlocks' functions, written in Go in {@code
 * src/test/go/kbrender/} from KubeBlocks' builtin_functions.go) on the same template and values.
 *
 * <p>{@code upstream-render.golden} holds Go's result per case: its kind and the SHA-256 of its
 * output (the outputs are upstream text, not kept here). The Java side is compared with it on every
 * build; {@link #goAgreesWithTheGolden} re-runs Go when {@code go} is on the PATH, and rewrites the
 * golden with {@code -Dgotemplate.update=true}.
 */
class UpstreamGoDifferentialTest {
  static final Path GOLDEN =
      Path.of("src/test/resources/dev/kbforge/compiler/gotemplate/upstream-render.golden");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One distinct rendering: an id, and what it rendered. */
  record Case(String id, GoRenderer.Rendering rendering) {}

  private static List<Case> cached;

  /** The cases, found once per test run (compiling every example takes a while). */
  static synchronized List<Case> cases() {
    if (cached == null) {
      cached = findCases();
    }
    return cached;
  }

  private static List<Case> findCases() {
    List<UpstreamExample> examples = UpstreamExample.all();
    assumeTrue(!examples.isEmpty(), "no upstream examples found; skipping");
    List<Case> cases = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (UpstreamExample example : examples) {
      List<GoRenderer.Rendering> renderings = GoRenderer.recording(() -> compile(example.inputs()));
      int n = 0;
      for (GoRenderer.Rendering r : renderings) {
        if (!r.text().contains("{{")) {
          continue; // nothing to compare: text without actions is copied
        }
        String key =
            sha256(r.kubeBlocksFunctions() + "|" + r.missingKeyError() + "|" + r.text())
                + sha256(r.valuesJson());
        if (seen.add(key)) {
          cases.add(new Case(example.name() + "#" + n++ + ":" + r.name(), r));
        }
      }
    }
    return cases;
  }

  private static void compile(List<Path> inputs) {
    RenderOptions defaults = RenderOptions.defaults();
    new Pipeline()
        .compile(
            SourceReader.read(inputs),
            new RenderOptions(Target.INSTANCESET, defaults.secrets(), defaults.clusterDomain()),
            new Reporter());
  }

  static String results(List<Case> cases) {
    StringBuilder out = new StringBuilder();
    for (Case c : cases) {
      out.append(c.id())
          .append(' ')
          .append(c.rendering().outcome())
          .append(' ')
          .append(sha256(c.rendering().output()))
          .append('\n');
    }
    return out.toString();
  }

  @Test
  void javaRendersEveryUpstreamTemplateLikeGo() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 40, "only " + cases.size() + " cases");
    assumeTrue(Files.isRegularFile(GOLDEN), "no golden yet: run with -Dgotemplate.update=true");
    assertEquals(Files.readString(GOLDEN), results(cases));
  }

  @Test
  void goAgreesWithTheGolden() throws Exception {
    Path go = goBinary();
    assumeTrue(go != null, "go is not on the PATH; skipping");
    List<Case> cases = cases();
    Path work = Files.createDirectories(Path.of("target/go-kbrender").toAbsolutePath());
    Path binary = work.resolve("kbrender");
    run(
        work,
        go.toString(),
        "build",
        "-o",
        binary.toString(),
        Path.of("src/test/go/kbrender/kbrender.go").toAbsolutePath().toString());
    Path input = work.resolve("cases.json");
    Files.writeString(input, casesJson(cases));
    String goResults = run(work, binary.toString(), input.toString());
    if (Boolean.getBoolean("gotemplate.update")) {
      Files.writeString(GOLDEN, goResults);
    }
    assertEquals(Files.readString(GOLDEN), goResults);
  }

  private static String casesJson(List<Case> cases) {
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < cases.size(); i++) {
      GoRenderer.Rendering r = cases.get(i).rendering();
      out.append("{\"id\":")
          .append(JSON.writeValueAsString(cases.get(i).id()))
          .append(",\"kb\":")
          .append(r.kubeBlocksFunctions())
          .append(",\"strict\":")
          .append(r.missingKeyError())
          .append(",\"values\":")
          .append(r.valuesJson())
          .append(",\"template\":")
          .append(JSON.writeValueAsString(r.text()))
          .append(i + 1 < cases.size() ? "},\n" : "}\n");
    }
    return out.append("]\n").toString();
  }

  private static String run(Path work, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    pb.environment().put("GO111MODULE", "off");
    pb.environment()
        .put("GOPATH", work.resolve("gopath") + File.pathSeparator + "/usr/share/gocode");
    pb.environment().put("GOCACHE", work.resolve("gocache").toString());
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> String.join(" ", command) + " failed");
    return out;
  }

  private static Path goBinary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "go");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
