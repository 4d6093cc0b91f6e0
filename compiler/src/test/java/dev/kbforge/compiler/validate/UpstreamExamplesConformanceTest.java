package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.UpstreamExample;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every upstream example Cluster of the ten addons validates against its rendered addon (one run
 * per example: the addon file, the other addons it needs ({@link UpstreamExample#OTHER_ADDONS}),
 * the example), with no errors except the gaps upstream leaves:
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
  @TestFactory
  Stream<DynamicTest> examplesValidateAgainstTheirAddon() {
    List<DynamicTest> tests = new ArrayList<>();
    for (UpstreamExample example : UpstreamExample.all()) {
      tests.add(
          DynamicTest.dynamicTest(
              example.name(), () -> assertErrors(example.inputs(), expectedErrors(example))));
    }
    assumeTrue(!tests.isEmpty(), "no upstream examples found; skipping");
    return tests.stream();
  }

  /** No addon drops out of the runs above unnoticed: each of the ten has examples. */
  @Test
  void everyAddonHasExamples() {
    List<UpstreamExample> all = UpstreamExample.all();
    for (String addon : ReferenceData.ADDONS) {
      assertTrue(
          all.stream().anyMatch(e -> e.addon().equals(addon)), () -> addon + " has no examples");
    }
  }

  /** Each {@link UpstreamExample#OTHER_ADDONS} key names examples and each value real addons. */
  @Test
  void otherAddonsTableNamesExistingExamplesAndAddons() {
    List<UpstreamExample> all = UpstreamExample.all();
    UpstreamExample.OTHER_ADDONS.forEach(
        (key, needs) -> {
          assertTrue(
              all.stream().anyMatch(e -> e.needs() == needs), () -> key + " matches no example");
          assertTrue(ReferenceData.ADDONS.containsAll(needs.addons()), () -> key + ": " + needs);
        });
  }

  private static void assertErrors(List<Path> inputs, List<String> expected) {
    ValidateResult result = new Pipeline().validate(new ValidateRequest(inputs, false));
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
  public static List<String> expectedErrors(UpstreamExample upstream) throws IOException {
    String dir = upstream.dir();
    String addon = upstream.addon();
    Path example = upstream.file();
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
