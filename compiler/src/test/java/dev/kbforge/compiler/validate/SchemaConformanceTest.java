package dev.kbforge.compiler.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceText;
import dev.kbforge.compiler.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real KubeBlocks documents ({@code ../shared/reference}) pass the schemas written for them: the
 * rendered addons' ClusterDefinitions, ComponentVersions and template ConfigMaps, and every example
 * Cluster.
 */
class SchemaConformanceTest {
  /** The kinds whose schemas this test holds to upstream data. */
  private static final Set<String> DEFINITION_KINDS =
      Set.of("ClusterDefinition", "ComponentVersion", "ConfigMap");

  @Test
  void addonDefinitionsPassTheirSchemas() throws IOException {
    Pipeline pipeline = new Pipeline();
    List<Path> files = ReferenceData.addonFiles();
    int checked = 0;
    for (Path file : files) {
      Reporter reporter = new Reporter();
      String text = Files.readString(file);
      List<SourceDocument> docs =
          pipeline
              .load(List.of(new SourceText(file.toString(), text)), reporter)
              .documents()
              .stream()
              // ComponentDefinitions and ShardingDefinitions have their own conformance test.
              .filter(d -> DEFINITION_KINDS.contains(d.kind()))
              .toList();
      pipeline.validate(docs, reporter);
      checked += docs.size();
      assertEquals(List.of(), schemaErrors(reporter.diagnostics()), file.toString());
    }
    assertEquals(
        ReferenceData.ADDONS,
        files.stream().map(f -> f.getFileName().toString().replace(".yaml", "")).toList(),
        "rendered addons found");
    assertTrue(checked >= 10 + 30, "definitions checked: " + checked);
  }

  @Test
  void exampleClustersPassTheirSchema() throws IOException {
    Path addons = reference().resolve("kubeblocks-addons");
    List<Path> files =
        Stream.concat(
                yamlFiles(addons.resolve("examples"), Integer.MAX_VALUE).stream(),
                yamlFiles(addons.resolve("examples-addons"), Integer.MAX_VALUE).stream())
            .toList();
    assertTrue(files.size() >= 30, "example files found: " + files.size());
    for (Path file : files) {
      ValidateResult result = new Pipeline().validate(new ValidateRequest(List.of(file), false));
      assertTrue(result.documents() > 0, file.toString());
      assertEquals(List.of(), schemaErrors(result.diagnostics()), file.toString());
    }
  }

  private static List<String> schemaErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.isError() && d.code().startsWith("KB2"))
        .map(d -> d.code() + "@" + d.location() + " " + d.message())
        .limit(20)
        .toList();
  }

  private static List<Path> yamlFiles(Path dir, int depth) throws IOException {
    try (Stream<Path> walk = Files.walk(dir, depth)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /**
   * {@code ../shared/reference} beside the project root ({@code kbforge.root}), or beside any
   * folder above it or above the working directory (a git worktree sits deeper); skips the test
   * when there is none.
   */
  static Path reference() {
    return dev.kbforge.compiler.ReferenceData.dir();
  }
}
