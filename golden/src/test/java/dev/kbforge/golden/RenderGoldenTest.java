package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Kbforge;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of every addon ({@code addons/<addon>/examples/<example>.yaml}), rendered with its
 * addon's definitions for both workload targets. The cases are derived from the file system: case
 * {@code cases/render/<addon>-<example>-<target>/} holds {@code expected/} (the whole tree, file by
 * file) and {@code diagnostics.txt} (the warnings, as {@code severity CODE file:line:col}, files
 * relative to the repository). A case folder without its example is an orphan and fails. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class RenderGoldenTest {
  private static final String SUITE = "render";
  private static final List<Target> TARGETS = List.of(Target.INSTANCESET, Target.STATEFULSET);

  private final Kbforge kbforge = Kbforge.create();

  /** One case: an example of an addon, rendered for a target. */
  record Case(Path addon, Path example, Target target) {
    String name() {
      String example = example().getFileName().toString().replaceFirst("\\.yaml$", "");
      return addon.getFileName() + "-" + example + "-" + target.name().toLowerCase(Locale.ROOT);
    }

    Path dir() {
      return GoldenCases.root().resolve(SUITE).resolve(name());
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Path addon : Repository.addons()) {
      for (Path example : Repository.examples(addon)) {
        for (Target target : TARGETS) {
          cases.add(new Case(addon, example, target));
        }
      }
    }
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRendersToItsExpectedTree() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  @Test
  void thereAreCasesAndNoOrphans() {
    assertFalse(cases().isEmpty(), "no addon examples found under " + Repository.root());
    Set<String> known = cases().stream().map(Case::name).collect(Collectors.toSet());
    Set<String> orphans = new TreeSet<>();
    for (Path dir : GoldenCases.of(SUITE)) {
      if (!known.contains(dir.getFileName().toString())) {
        orphans.add(dir.getFileName().toString());
      }
    }
    assertEquals(Set.of(), orphans, "case folders without an addon example (delete them)");
  }

  private void check(Case c) throws IOException {
    Path scratch = Files.createTempDirectory("kbforge-golden-");
    try {
      Path out = scratch.resolve("out");
      List<Path> paths = new ArrayList<>(Repository.definitions(c.addon()));
      paths.add(c.example());
      RenderOptions options =
          new RenderOptions(c.target(), SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
      RenderResult result = kbforge.render(new RenderRequest(paths, out, options, false));
      String diagnostics = diagnostics(result.diagnostics());
      if (!result.written()) {
        fail(c.name() + " did not render:\n" + diagnostics);
      }
      Map<String, String> actual = Repository.files(out);
      Path expected = c.dir().resolve("expected");
      Path expectedDiagnostics = c.dir().resolve("diagnostics.txt");
      if (GoldenCases.update()) {
        Repository.delete(expected);
        Repository.copy(out, expected);
        Files.writeString(expectedDiagnostics, diagnostics);
        return;
      }
      assertTrue(Files.isDirectory(expected), c.dir() + " is missing: run with -Dgolden.update");
      assertEquals(Files.readString(expectedDiagnostics), diagnostics, "diagnostics");
      Map<String, String> wanted = Repository.files(expected);
      assertEquals(wanted.keySet(), actual.keySet(), "files of the tree");
      for (Map.Entry<String, String> file : wanted.entrySet()) {
        assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey());
      }
    } finally {
      Repository.delete(scratch);
    }
  }

  /** {@code severity CODE file:line:col} per finding, files relative to the repository. */
  static String diagnostics(List<Diagnostic> diagnostics) {
    String prefix = Repository.root().toString().replace('\\', '/') + "/";
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      String file = d.file().startsWith(prefix) ? d.file().substring(prefix.length()) : d.file();
      out.append(d.severity().label())
          .append(' ')
          .append(d.code())
          .append(' ')
          .append(file)
          .append(':')
          .append(d.line())
          .append(':')
          .append(d.column())
          .append('\n');
    }
    return out.toString();
  }
}
