package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.diag.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code kb validate} compiles the Clusters but does not serialise them ({@link
 * Pipeline#validate}): it must report exactly what the phases with the emit report, on the
 * project's addons and examples and on every golden case's input (where the error cases are).
 */
class ValidateWithoutEmitTest {
  private final Pipeline pipeline = new Pipeline();

  @Test
  void reportsWhatTheRunWithTheEmitReports() throws IOException {
    List<List<Path>> inputs = new ArrayList<>();
    inputs.add(List.of(Path.of("../addons"), Path.of("../examples")));
    for (String suite : List.of("validate", "render", "render-options")) {
      try (Stream<Path> cases = Files.list(Path.of("../golden/cases", suite))) {
        cases
            .map(c -> c.resolve("input"))
            .filter(Files::isDirectory)
            .sorted()
            .forEach(input -> inputs.add(List.of(input)));
      }
    }
    assertTrue(inputs.size() > 50, "golden cases found: " + inputs.size());
    int clusters = 0;
    for (List<Path> paths : inputs) {
      Reporter reporter = new Reporter();
      Compiled withEmit =
          pipeline.compile(SourceReader.read(paths), RenderOptions.defaults(), reporter);
      RunFindings.noDocuments(withEmit, paths, reporter);
      List<Diagnostic> expected = RunFindings.finish(reporter, false);
      clusters += withEmit.clusters();
      assertEquals(
          expected,
          pipeline.validate(new ValidateRequest(paths, false)).diagnostics(),
          paths.toString());
    }
    assertTrue(clusters > 10, "clusters compiled: " + clusters);
  }
}
