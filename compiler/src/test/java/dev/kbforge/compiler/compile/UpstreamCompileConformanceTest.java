package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.ReferenceData;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.validate.UpstreamExamplesConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every upstream example Cluster ({@code ../shared/reference/kubeblocks-addons/examples*}/<addon>/)
 * compiles against the upstream definitions next to it into InstanceSets, one per component and one
 * per shard ({@code <cluster>-<sharding>-<3 characters>}): no errors but the known upstream gaps
 * (which fail with their diagnostics, see {@link UpstreamExamplesConformanceTest#expectedErrors}),
 * and only warnings for what cannot be evaluated offline ({@link #OFFLINE_WARNINGS}) or that
 * validation gives anyway ({@link #VALIDATION_WARNINGS}). Skips with a message when the reference
 * folder is absent.
 */
class UpstreamCompileConformanceTest {
  private static final List<String> ADDONS = List.of("redis", "postgresql", "mysql", "mongodb");
  private static final List<String> EXAMPLE_DIRS = List.of("examples", "examples-addons");

  /**
   * What cannot be evaluated offline: Go-template config files (copied as written) and var
   * expressions, role holders, ports allocated at run time, service references, and externalManaged
   * config templates (their ConfigMaps come from KubeBlocks' parameters controller).
   */
  static final Set<String> OFFLINE_WARNINGS =
      Set.of("KB5010", "KB5220", "KB5222", "KB5223", "KB5224", "KB5225", "KB5407");

  /**
   * What validation alone says of the upstream definitions: the legacy name {@code
   * passwordGenerationPolicy} (KB2011), release image keys that name no container (KB3206).
   */
  static final Set<String> VALIDATION_WARNINGS = Set.of("KB2011", "KB3206");

  private static final YAMLMapper YAML = new YAMLMapper();

  @TestFactory
  Stream<DynamicTest> examplesCompileIntoInstanceSets() throws IOException {
    Path ref = ReferenceData.addons();
    List<DynamicTest> tests = new ArrayList<>();
    for (String addon : ADDONS) {
      Path addonFile = ref.resolve(addon + ".yaml");
      for (String dir : EXAMPLE_DIRS) {
        Path examples = ref.resolve(dir).resolve(addon);
        if (!Files.isDirectory(examples)) {
          continue;
        }
        try (Stream<Path> files = Files.list(examples)) {
          for (Path example : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
            tests.add(
                DynamicTest.dynamicTest(
                    dir + "/" + addon + "/" + example.getFileName(),
                    () -> check(addonFile, example, dir, addon)));
          }
        }
      }
    }
    assumeTrue(!tests.isEmpty(), "no upstream examples found under " + ref + "; skipping");
    return tests.stream();
  }

  private static void check(Path addonFile, Path example, String dir, String addon)
      throws IOException {
    Reporter reporter = new Reporter();
    Compiled compiled =
        new Pipeline()
            .compile(
                SourceReader.read(List.of(addonFile, example)), RenderOptions.defaults(), reporter);
    List<String> errors = new ArrayList<>();
    Set<String> warnings = new TreeSet<>();
    for (Diagnostic d : reporter.diagnostics()) {
      if (d.isError()) {
        errors.add(
            d.code() + "@" + Path.of(d.file()).getFileName() + ":" + d.line() + ":" + d.column());
      } else {
        warnings.add(d.code());
      }
    }
    List<String> expected = UpstreamExamplesConformanceTest.expectedErrors(dir, addon, example);
    assertEquals(expected, errors, () -> "diagnostics: " + reporter.diagnostics());
    Set<String> unexpected = new TreeSet<>(warnings);
    unexpected.removeAll(OFFLINE_WARNINGS);
    unexpected.removeAll(VALIDATION_WARNINGS);
    assertEquals(Set.of(), unexpected, () -> "warnings: " + reporter.diagnostics());
    if (!expected.isEmpty()) {
      return;
    }
    for (JsonNode cluster : clusters(example)) {
      String folder =
          cluster.path("metadata").path("namespace").asString("default")
              + "/"
              + cluster.path("metadata").path("name").asString()
              + "/";
      for (String workload : workloads(cluster)) {
        String file = folder + "instanceset-" + workload + ".yaml";
        assertTrue(
            compiled.tree().contains(file),
            () -> file + " missing from " + compiled.tree().files().keySet());
      }
      for (JsonNode sharding : cluster.path("spec").path("shardings")) {
        String prefix =
            folder
                + "instanceset-"
                + cluster.path("metadata").path("name").asString()
                + "-"
                + sharding.path("name").asString()
                + "-";
        long shards =
            compiled.tree().files().keySet().stream()
                .filter(f -> f.startsWith(prefix) && f.length() == prefix.length() + 8)
                .count();
        assertEquals(sharding.path("shards").asLong(), shards, () -> "shards of " + prefix);
      }
    }
  }

  /** The Cluster documents of an example file. */
  private static List<JsonNode> clusters(Path example) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    YAML.readValues(YAML.createParser(Files.readString(example)), JsonNode.class)
        .forEachRemaining(
            d -> {
              if ("Cluster".equals(d.path("kind").asString(""))) {
                docs.add(d);
              }
            });
    return docs;
  }

  /** InstanceSet names the Cluster's own components must give ({@code <cluster>-<comp>}). */
  private static List<String> workloads(JsonNode cluster) {
    String name = cluster.path("metadata").path("name").asString();
    List<String> names = new ArrayList<>();
    for (JsonNode component : cluster.path("spec").path("componentSpecs")) {
      names.add(name + "-" + component.path("name").asString());
    }
    return names;
  }
}
