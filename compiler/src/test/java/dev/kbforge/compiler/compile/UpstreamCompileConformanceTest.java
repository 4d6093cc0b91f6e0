package dev.kbforge.compiler.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kbforge.compiler.UpstreamExample;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.pipeline.Compiled;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.render.ConfigMapTemplate;
import dev.kbforge.compiler.validate.UpstreamExamplesConformanceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every upstream example Cluster of the ten addons ({@code
 * ../shared/reference/kubeblocks-addons/examples*}/<addon>/) compiles against the upstream
 * definitions next to it (and those of the other addons it needs, {@link
 * UpstreamExample#OTHER_ADDONS}) into InstanceSets, and again into StatefulSets, one per component
 * and one per shard ({@code <cluster>-<sharding>-<3 characters>}): no errors but the known upstream
 * gaps (which fail with their diagnostics, see {@link
 * UpstreamExamplesConformanceTest#expectedErrors}), and only warnings for what cannot be evaluated
 * offline ({@link #OFFLINE_WARNINGS}) or that validation gives anyway ({@link
 * #VALIDATION_WARNINGS}). Skips with a message when the reference folder is absent.
 */
class UpstreamCompileConformanceTest {

  /**
   * What cannot be evaluated offline: role holders, ports allocated at run time, bound service
   * references (the ServiceDescriptor or Cluster they name is not read), and var expressions that
   * read such a var (KB5711). Go-template config files are rendered (no KB5010) and externalManaged
   * config templates get the ConfigMap the parameters controller would render (no KB5407): neither
   * code may appear.
   */
  static final Set<String> OFFLINE_WARNINGS =
      Set.of("KB5711", "KB5222", "KB5223", "KB5224", "KB5225");

  /**
   * What validation alone says of the upstream definitions: the legacy name {@code
   * passwordGenerationPolicy} (KB2011), release image keys that name no container (KB3206), and of
   * the examples: a Secret shipped beside the Cluster (clickhouse, valkey), which is never written
   * to the tree (KB1013).
   */
  static final Set<String> VALIDATION_WARNINGS = Set.of("KB2011", "KB3206", "KB1013");

  /**
   * What a reference into an addon that is not in the input set gives: a compDef (KB3401) or a
   * var's compDef (KB3403) that matches no ComponentDefinition. Allowed only in the check that an
   * {@link UpstreamExample#OTHER_ADDONS} entry is needed, never in a compile with all its addons.
   */
  static final Set<String> OTHER_ADDON_WARNINGS = Set.of("KB3401", "KB3403");

  /**
   * What the StatefulSet target alone says: nothing since kbagent runs every role probe on both
   * targets (postgresql's HTTP roleProbe included).
   */
  static final Set<String> STATEFULSET_WARNINGS = Set.of();

  /**
   * Warnings of single examples, by {@code <addon>/<file name>} (both example folders):
   *
   * <ul>
   *   <li>kafka's external-zookeeper example binds its serviceRef to a ServiceDescriptor, a kind
   *       kbforge does not read (KB1007) nor bind serviceRefs to (KB5225, allowed for all): a gap
   *       of kbforge's, the broker's zookeeper address vars stay empty;
   *   <li>clickhouse's NodePort example names a component service that no clickhouse definition has
   *       (KB4050): an upstream gap, KubeBlocks ignores the entry (overrideComponentServices in
   *       pkg/controller/component/synthesize_component.go), so no NodePort Service is made.
   * </ul>
   */
  static final Map<String, Set<String>> EXAMPLE_WARNINGS =
      Map.of(
          "kafka/cluster-2x-ext-zk-svc-descriptor.yaml", Set.of("KB1007"),
          "clickhouse/cluster-with-nodeport.yaml", Set.of("KB4050"));

  private static final YAMLMapper YAML = new YAMLMapper();

  @TestFactory
  Stream<DynamicTest> examplesCompileIntoInstanceSets() {
    return forEachExample(Target.INSTANCESET);
  }

  @TestFactory
  Stream<DynamicTest> examplesCompileIntoStatefulSets() {
    return forEachExample(Target.STATEFULSET);
  }

  /**
   * Each entry of {@link UpstreamExample#OTHER_ADDONS} is needed: without the other addons the
   * example gives the same errors and more warnings, all of them codes for references into another
   * addon ({@link #OTHER_ADDON_WARNINGS}).
   */
  @TestFactory
  Stream<DynamicTest> examplesThatNeedAnotherAddonWarnWithoutIt() {
    List<DynamicTest> tests = new ArrayList<>();
    for (UpstreamExample example : UpstreamExample.all()) {
      if (!example.needs().addons().isEmpty()) {
        tests.add(DynamicTest.dynamicTest(example.name(), () -> checkNeeds(example)));
      }
    }
    assumeTrue(!tests.isEmpty(), "no upstream examples need another addon; skipping");
    return tests.stream();
  }

  /** Each {@link #EXAMPLE_WARNINGS} key names an example file of its addon. */
  @Test
  void exampleWarningsTableNamesExistingExamples() {
    List<UpstreamExample> all = UpstreamExample.all();
    for (String key : EXAMPLE_WARNINGS.keySet()) {
      assertTrue(
          all.stream().anyMatch(e -> key.equals(e.addon() + "/" + e.file().getFileName())),
          () -> key + " matches no example");
    }
  }

  private static Stream<DynamicTest> forEachExample(Target target) {
    List<DynamicTest> tests = new ArrayList<>();
    for (UpstreamExample example : UpstreamExample.all()) {
      tests.add(DynamicTest.dynamicTest(example.name(), () -> check(example, target)));
    }
    assumeTrue(!tests.isEmpty(), "no upstream examples found; skipping");
    return tests.stream();
  }

  private static void check(UpstreamExample example, Target target) throws IOException {
    Reporter reporter = new Reporter();
    Compiled compiled = compile(example.inputs(), target, reporter);
    List<String> expected = UpstreamExamplesConformanceTest.expectedErrors(example);
    assertEquals(expected, errors(reporter), () -> "diagnostics: " + reporter.diagnostics());
    Set<String> unexpected = warnings(reporter);
    unexpected.removeAll(OFFLINE_WARNINGS);
    unexpected.removeAll(VALIDATION_WARNINGS);
    if (target == Target.STATEFULSET) {
      unexpected.removeAll(STATEFULSET_WARNINGS);
    }
    unexpected.removeAll(
        EXAMPLE_WARNINGS.getOrDefault(
            example.addon() + "/" + example.file().getFileName(), Set.of()));
    assertEquals(Set.of(), unexpected, () -> "warnings: " + reporter.diagnostics());
    if (!expected.isEmpty()) {
      return;
    }
    assertNoGoActionLeft(compiled);
    String kind = target == Target.STATEFULSET ? "statefulset-" : "instanceset-";
    for (JsonNode cluster : clusters(example.file())) {
      String folder =
          cluster.path("metadata").path("namespace").asString("default")
              + "/"
              + cluster.path("metadata").path("name").asString()
              + "/";
      for (String workload : workloads(cluster)) {
        String file = folder + kind + workload + ".yaml";
        assertTrue(
            compiled.tree().contains(file),
            () -> file + " missing from " + compiled.tree().files().keySet());
      }
      for (JsonNode sharding : cluster.path("spec").path("shardings")) {
        String prefix =
            folder
                + kind
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

  /** No ConfigMap of the tree holds a Go action: every template was rendered. */
  private static void assertNoGoActionLeft(Compiled compiled) {
    compiled
        .tree()
        .files()
        .forEach(
            (path, bytes) -> {
              if (path.contains("/configmap-")) {
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(
                    ConfigMapTemplate.usesGoTemplate(text), () -> path + " holds {{ }}:\n" + text);
              }
            });
  }

  private static void checkNeeds(UpstreamExample example) {
    Reporter with = new Reporter();
    compile(example.inputs(), Target.INSTANCESET, with);
    Reporter without = new Reporter();
    compile(example.withoutOtherAddons(), Target.INSTANCESET, without);
    assertEquals(errors(with), errors(without), () -> "diagnostics: " + without.diagnostics());
    Set<String> added = warnings(without);
    added.removeAll(warnings(with));
    assertFalse(
        added.isEmpty(), () -> example.name() + " gives the same without " + example.needs());
    assertTrue(
        OTHER_ADDON_WARNINGS.containsAll(added),
        () -> "without " + example.needs().addons() + ": " + without.diagnostics());
  }

  private static Compiled compile(List<Path> inputs, Target target, Reporter reporter) {
    RenderOptions options =
        new RenderOptions(
            target, RenderOptions.defaults().secrets(), RenderOptions.defaults().clusterDomain());
    return new Pipeline().compile(SourceReader.read(inputs), options, reporter);
  }

  private static List<String> errors(Reporter reporter) {
    return reporter.diagnostics().stream()
        .filter(Diagnostic::isError)
        .map(
            d ->
                d.code()
                    + "@"
                    + Path.of(d.file()).getFileName()
                    + ":"
                    + d.line()
                    + ":"
                    + d.column())
        .toList();
  }

  /** The codes of the warnings given. */
  private static Set<String> warnings(Reporter reporter) {
    Set<String> codes = new TreeSet<>();
    for (Diagnostic d : reporter.diagnostics()) {
      if (!d.isError()) {
        codes.add(d.code());
      }
    }
    return codes;
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
