package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Render cases with options: {@code cases/render-options/<case>/} holds {@code input/} (Clusters),
 * {@code options} (one line of {@code kb render} options: {@code --addon NAME} adds that addon's
 * definitions to the inputs, {@code --target}, {@code --kube-version}) and {@code expected/}: the
 * findings in {@code diagnostics.txt} (as {@code severity CODE file:line:col}) and, when the render
 * writes, the whole tree under {@code tree/}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then review the diff.
 */
class RenderOptionsGoldenTest {
  private static final String SUITE = "render-options";
  private final Kbforge kbforge = Kbforge.create();

  @TestFactory
  Stream<DynamicTest> everyCaseRendersAsExpected() {
    return GoldenCases.of(SUITE).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void thereAreCasesAndEachHasInputAndOptions() {
    assertTrue(!GoldenCases.of(SUITE).isEmpty(), "no cases under " + SUITE);
    for (Path dir : GoldenCases.of(SUITE)) {
      assertTrue(Files.isDirectory(dir.resolve("input")), dir + " has no input/");
      assertTrue(Files.isRegularFile(dir.resolve("options")), dir + " has no options file");
    }
  }

  /** The inputs and options a case's {@code options} line asks for. */
  private record Request(List<Path> paths, RenderOptions options) {
    static Request of(Path dir) throws IOException {
      List<Path> paths = new ArrayList<>();
      Target target = Target.INSTANCESET;
      KubeVersion version = KubeVersion.DEFAULT;
      String[] words = Files.readString(dir.resolve("options")).strip().split("\\s+");
      for (int i = 0; i + 1 < words.length; i += 2) {
        String value = words[i + 1];
        switch (words[i]) {
          case "--addon" ->
              paths.addAll(
                  Repository.definitions(Repository.root().resolve("addons").resolve(value)));
          case "--target" -> target = Target.valueOf(value.toUpperCase(Locale.ROOT));
          case "--kube-version" -> version = KubeVersion.parse(value);
          default -> throw new IllegalArgumentException(dir + ": unknown option " + words[i]);
        }
      }
      paths.add(dir.resolve("input"));
      return new Request(
          paths,
          new RenderOptions(
              target, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN, version));
    }
  }

  private void check(Path dir) throws IOException {
    Request request = Request.of(dir);
    Path scratch = Files.createTempDirectory("kbforge-golden-");
    try {
      Path out = scratch.resolve("out");
      RenderResult result =
          kbforge.render(new RenderRequest(request.paths(), out, request.options(), false));
      String diagnostics = RenderGoldenTest.diagnostics(result.diagnostics());
      Map<String, String> actual = result.written() ? Repository.files(out) : Map.of();
      Path expected = dir.resolve("expected");
      if (GoldenCases.update()) {
        Repository.delete(expected);
        Files.createDirectories(expected);
        if (result.written()) {
          Repository.copy(out, expected.resolve("tree"));
        }
        Files.writeString(expected.resolve("diagnostics.txt"), diagnostics);
        return;
      }
      assertEquals(
          Files.readString(expected.resolve("diagnostics.txt")), diagnostics, "diagnostics");
      Path tree = expected.resolve("tree");
      Map<String, String> wanted = Files.isDirectory(tree) ? Repository.files(tree) : Map.of();
      assertEquals(wanted.keySet(), actual.keySet(), "files of the tree");
      for (Map.Entry<String, String> file : wanted.entrySet()) {
        assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey());
      }
    } finally {
      Repository.delete(scratch);
    }
  }
}
