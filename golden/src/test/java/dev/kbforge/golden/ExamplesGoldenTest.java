package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code examples/} module: its cluster specs with the definitions of the addons they use,
 * rendered with kb-maven-plugin's defaults and {@code strict} (as {@code examples/pom.xml} has it).
 * {@code cases/examples/expected/} is the whole tree and {@code diagnostics.txt} the findings (none
 * are allowed under strict). Two checks: an in-process render matches the golden tree, and so does
 * the tree the plugin wrote to {@code examples/target/kb/gitops} during this build (the golden
 * module builds after examples). Run with {@code -Dgolden.update=true} to rewrite the expected
 * files, then review the diff.
 */
class ExamplesGoldenTest {
  private static final Path CASE = GoldenCases.root().resolve("examples");

  /** The inputs of examples/pom.xml: its folder, plus the addon files listed as clusters. */
  static List<Path> inputs() {
    Path root = Repository.root();
    return List.of(
        root.resolve("examples"),
        root.resolve("addons/redis/addon.yaml"),
        root.resolve("addons/redis/definitions"));
  }

  @Test
  void theExamplesRenderToTheGoldenTree() throws IOException {
    Path scratch = Files.createTempDirectory("kbforge-examples-");
    try {
      Path out = scratch.resolve("out");
      RenderResult result =
          Kbforge.create().render(new RenderRequest(inputs(), out, RenderOptions.defaults(), true));
      String diagnostics = RenderGoldenTest.diagnostics(result.diagnostics());
      assertTrue(result.written(), "the examples did not render:\n" + diagnostics);
      if (GoldenCases.update()) {
        Repository.delete(CASE.resolve("expected"));
        Repository.copy(out, CASE.resolve("expected"));
        Files.writeString(CASE.resolve("diagnostics.txt"), diagnostics);
        return;
      }
      assertEquals(Files.readString(CASE.resolve("diagnostics.txt")), diagnostics, "diagnostics");
      assertSameTree(CASE.resolve("expected"), out);
    } finally {
      Repository.delete(scratch);
    }
  }

  @Test
  void thePluginWroteTheGoldenTree() {
    assumeFalse(GoldenCases.update(), "the golden tree is being rewritten");
    Path plugin = Repository.root().resolve("examples/target/kb/gitops");
    assumeTrue(
        Files.isDirectory(plugin),
        plugin + " is absent: the examples module has not been built (mvn verify -pl golden -am)");
    assertSameTree(CASE.resolve("expected"), plugin);
  }

  private static void assertSameTree(Path expected, Path actual) {
    assertTrue(Files.isDirectory(expected), expected + " is missing: run with -Dgolden.update");
    Map<String, String> wanted = Repository.files(expected);
    Map<String, String> got = Repository.files(actual);
    assertEquals(wanted.keySet(), got.keySet(), "files of " + actual);
    for (Map.Entry<String, String> file : wanted.entrySet()) {
      assertEquals(file.getValue(), got.get(file.getKey()), actual + ": " + file.getKey());
    }
  }
}
