package dev.kbforge.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * kbforge's loader against the converter Kubernetes uses (sigs.k8s.io/yaml on go-yaml v2): every
 * {@code <case>.yaml} of the corpus must load to the JSON documents its {@code <case>.expected}
 * lists (written by {@code src/test/go/yamljson}), or to an error where Go reports one. A case
 * whose comment says {@code kbforge: strict} is where kbforge deliberately reads as
 * YAMLToJSONStrict does (duplicate keys): Go's non-strict reading succeeds, strict one fails, and
 * kbforge must report an error.
 */
class YamlDifferentialTest {
  static final Path CORPUS = Path.of("src/test/resources/yaml-differential");
  static final int MIN_CASES = 60;

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCorpusIsLargeAndEveryCaseHasAGolden() throws IOException {
    List<Path> cases = cases();
    assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " cases");
    for (Path c : cases) {
      assertTrue(Files.exists(expectedOf(c)), "no golden for " + c.getFileName());
    }
  }

  @TestFactory
  Stream<DynamicTest> kbforgeReadsEachCaseAsKubernetesDoes() throws IOException {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static void check(Path input) throws IOException {
    compare(
        input.getFileName().toString(),
        Files.readString(input, StandardCharsets.UTF_8),
        Files.readAllLines(expectedOf(input), StandardCharsets.UTF_8));
  }

  /** Loads {@code text} and requires what the Go converter wrote ({@code golden}, its lines). */
  static void compare(String file, String text, List<String> golden) {
    boolean strict = text.contains("# kbforge: strict");
    String name = file + ": ";
    Reporter reporter = new Reporter();
    List<SourceDocument> docs = new YamlLoader().load(SourceFile.of(file, text), text, reporter);
    List<Diagnostic> errors =
        reporter.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    boolean goFails = golden.stream().anyMatch(l -> l.startsWith("error "));
    if (strict) {
      assertTrue(
          golden.stream().anyMatch(l -> l.startsWith("strict-error ")),
          name + "marked strict, but YAMLToJSONStrict accepts it: " + golden);
    }
    if (goFails || strict) {
      assertFalse(
          errors.isEmpty(), name + "Go refuses it (" + golden + "), kbforge read " + json(docs));
      return;
    }
    assertTrue(errors.isEmpty(), name + "kbforge refuses what Go reads: " + errors);
    List<String> expected =
        golden.stream()
            .filter(l -> l.startsWith("json "))
            .map(l -> CanonicalJson.of(l.substring(5)))
            .toList();
    assertEquals(expected, json(docs), name + "kbforge reads other JSON than Go");
  }

  private static List<String> json(List<SourceDocument> docs) {
    return docs.stream().map(d -> CanonicalJson.of(d.root())).toList();
  }

  static Path expectedOf(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".expected");
  }
}
