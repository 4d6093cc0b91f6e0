package dev.kbforge.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds lowering inputs by hand from small YAML texts: the Cluster and ComponentDefinition are
 * loaded like real input (so diagnostics have positions), the component is synthesized directly.
 */
final class LowerFixtures {
  static final RenderOptions EXTERNAL_SECRETS =
      new RenderOptions(
          Target.INSTANCESET, SecretsMode.EXTERNAL_SECRETS, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
  static final RenderOptions STATEFULSET =
      new RenderOptions(
          Target.STATEFULSET, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN);

  private LowerFixtures() {}

  /** The first document of {@code yaml}, read as file {@code name}; fails on any diagnostic. */
  static SourceDocument load(String name, String yaml) {
    Reporter reporter = new Reporter();
    List<SourceDocument> docs = new YamlLoader().load(SourceFile.of(name, yaml), yaml, reporter);
    assertEquals(List.of(), reporter.diagnostics(), "fixture " + name);
    return docs.get(0);
  }

  static ClusterInfo cluster(SourceDocument cluster, RenderOptions options) {
    JsonNode metadata = cluster.root().path("metadata");
    String namespace =
        metadata.path("namespace").isString() ? metadata.path("namespace").asString() : "default";
    return new ClusterInfo(
        cluster.name(),
        namespace,
        cluster.root().path("spec").path("terminationPolicy").asString(),
        cluster,
        options);
  }

  /** Component {@code index} of {@code spec.componentSpecs}, using {@code cmpd}. */
  static SynthesizedComponent component(ClusterInfo cluster, int index, SourceDocument cmpd) {
    String pointer = "/spec/componentSpecs/" + index;
    JsonNode spec = cluster.document().root().at(pointer);
    String name = spec.path("name").asString();
    return new SynthesizedComponent(
        cluster,
        name,
        cluster.name() + "-" + name,
        "",
        spec,
        pointer,
        cmpd,
        "",
        Map.of(),
        spec.path("replicas").asInt(1));
  }

  static LoweringContext context(SynthesizedComponent c) {
    return context(c, Map.of(), List.of());
  }

  static LoweringContext context(
      SynthesizedComponent c, Map<String, String> plain, List<RenderedTemplate> templates) {
    return new LoweringContext(
        c, new ResolvedVars(plain, List.of(), Map.of()), templates, new Reporter());
  }

  /** Each diagnostic as {@code CODE@file:line:col}. */
  static List<String> codes(Reporter reporter) {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  static List<String> names(List<ObjectNode> objects) {
    return objects.stream().map(o -> o.path("metadata").path("name").asString()).toList();
  }

  static List<String> kinds(List<ObjectNode> objects) {
    return objects.stream().map(o -> o.path("kind").asString()).toList();
  }

  /** Every string value under {@code node}, as {@code /json/pointer=value}. */
  static List<String> strings(JsonNode node) {
    List<String> found = new ArrayList<>();
    collect(node, "", found);
    return found;
  }

  private static void collect(JsonNode node, String pointer, List<String> found) {
    if (node.isString()) {
      found.add(pointer + "=" + node.asString());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), pointer + "/" + e.getKey(), found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, found);
      }
    }
  }
}
