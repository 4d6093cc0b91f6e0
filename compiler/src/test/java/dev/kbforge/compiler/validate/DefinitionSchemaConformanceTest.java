package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real ComponentDefinition and ShardingDefinition in {@code ../shared/reference} passes its
 * schema. The reference data is test input read at run time; the test skips when it is absent.
 */
class DefinitionSchemaConformanceTest {
  private static final Set<String> KINDS = Set.of("ComponentDefinition", "ShardingDefinition");

  @TestFactory
  Stream<DynamicTest> realDefinitionsHaveNoSchemaErrors() throws IOException {
    List<Path> files = ReferenceData.addonFiles();
    assertEquals(
        ReferenceData.ADDONS.size(), files.size(), "rendered addons in " + ReferenceData.addons());
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> conforms(f)));
  }

  private static void conforms(Path file) {
    Pipeline pipeline = new Pipeline();
    List<SourceDocument> docs =
        pipeline.load(SourceReader.readFiles(List.of(file)), new Reporter()).documents();
    List<Integer> starts = docs.stream().map(d -> d.valuePosition("").line()).toList();
    long definitions = docs.stream().filter(d -> KINDS.contains(d.kind())).count();
    assertTrue(definitions > 0, "no definitions found in " + file);

    ValidateResult result = pipeline.validate(new ValidateRequest(List.of(file), false));
    List<String> errors =
        result.diagnostics().stream()
            .filter(d -> d.isError() && d.code().startsWith("KB2"))
            .filter(d -> KINDS.contains(docs.get(documentAt(starts, d)).kind()))
            .map(d -> d.code() + "@" + d.location() + " " + d.message())
            .toList();
    assertEquals(List.of(), errors);
  }

  /** Index of the document a diagnostic falls in: the last one starting at or before its line. */
  private static int documentAt(List<Integer> starts, Diagnostic d) {
    int index = 0;
    for (int i = 0; i < starts.size(); i++) {
      if (starts.get(i) <= d.line()) {
        index = i;
      }
    }
    return index;
  }
}
