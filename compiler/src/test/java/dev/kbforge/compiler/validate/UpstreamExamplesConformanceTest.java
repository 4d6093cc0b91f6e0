package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every upstream example Cluster validates against its rendered addon (one run per example, the
 * addon file plus the example), with no errors except the gaps upstream leaves:
 *
 * <ul>
 *   <li>{@code examples*}/mysql/orchestrator.yaml uses ClusterDefinition {@code orchestrator},
 *       which belongs to another addon: KB4010 at its clusterDef value;
 *   <li>{@code examples}/mongodb/*.yaml and {@code examples-addons}/mongodb/restore.yaml ask for
 *       serviceVersion 6.0.16, which no mongodb ComponentVersion lists: KB4030 at that value.
 * </ul>
 *
 * Expected positions are found in the example text by the offending key and value, so nothing else
 * of the upstream text is written down here. Warnings are not counted.
 */
public class UpstreamExamplesConformanceTest {
  private static final List<String> ADDONS = List.of("redis", "postgresql", "mysql", "mongodb");
  private static final List<String> EXAMPLE_DIRS = List.of("examples", "examples-addons");

  @TestFactory
  Stream<DynamicTest> examplesValidateAgainstTheirAddon() throws IOException {
    Path ref = reference();
    assumeTrue(
        Files.isDirectory(ref.resolve("kubeblocks-addons")),
        "reference data not found at ../shared/reference; skipping");
    List<DynamicTest> tests = new ArrayList<>();
    for (String addon : ADDONS) {
      Path addonFile = ref.resolve("kubeblocks-addons/" + addon + ".yaml");
      for (String dir : EXAMPLE_DIRS) {
        Path examples = ref.resolve("kubeblocks-addons/" + dir + "/" + addon);
        if (!Files.isDirectory(examples)) {
          continue;
        }
        try (Stream<Path> files = Files.list(examples)) {
          for (Path example : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            tests.add(
                DynamicTest.dynamicTest(
                    dir + "/" + addon + "/" + example.getFileName(),
                    () -> assertErrors(addonFile, example, expectedErrors(dir, addon, example))));
          }
        }
      }
    }
    assumeTrue(!tests.isEmpty(), "no upstream examples found under " + ref + "; skipping");
    return tests.stream();
  }

  /**
   * {@code <kbforge.root>/../shared/reference}; from a git worktree nested deeper than the main
   * checkout, the nearest ancestor's {@code shared/reference}.
   */
  private static Path reference() {
    return dev.kbforge.compiler.ReferenceData.dir();
  }

  private static void assertErrors(Path addonFile, Path example, List<String> expected) {
    ValidateResult result =
        new Pipeline().validate(new ValidateRequest(List.of(addonFile, example), false));
    List<String> errors =
        result.diagnostics().stream().filter(Diagnostic::isError).map(d -> where(d)).toList();
    assertEquals(expected, errors, () -> "diagnostics: " + result.diagnostics());
  }

  private static String where(Diagnostic d) {
    return d.code() + "@" + Path.of(d.file()).getFileName() + ":" + d.line() + ":" + d.column();
  }

  /**
   * The documented upstream gaps as {@code CODE@file:line:col}; every other example must be free of
   * errors. Shared with the compile conformance test.
   */
  public static List<String> expectedErrors(String dir, String addon, Path example)
      throws IOException {
    String name = example.getFileName().toString();
    if (addon.equals("mysql") && name.equals("orchestrator.yaml")) {
      return List.of("KB4010@" + name + ":" + valuePosition(example, "clusterDef", "orchestrator"));
    }
    if (addon.equals("mongodb") && (dir.equals("examples") || name.equals("restore.yaml"))) {
      return List.of("KB4030@" + name + ":" + valuePosition(example, "serviceVersion", "6.0.16"));
    }
    return List.of();
  }

  /** {@code line:column} of the value of the one line that reads {@code key: value}. */
  private static String valuePosition(Path file, String key, String value) throws IOException {
    List<String> lines = Files.readAllLines(file);
    String found = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int keyAt = line.indexOf(key + ":");
      if (keyAt < 0 || line.trim().startsWith("#")) {
        continue;
      }
      String rest = line.substring(keyAt + key.length() + 1);
      String bare = rest.replaceAll("#.*", "").trim().replace("\"", "").replace("'", "");
      if (bare.equals(value)) {
        int valueAt = keyAt + key.length() + 1 + (rest.length() - rest.stripLeading().length());
        String position = (i + 1) + ":" + (valueAt + 1);
        if (found != null) {
          throw new AssertionError(file + " has '" + key + ": " + value + "' more than once");
        }
        found = position;
      }
    }
    if (found == null) {
      throw new AssertionError(file + " has no line '" + key + ": " + value + "'");
    }
    return found;
  }
}
