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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a {@link LoweringContext} by hand from a ComponentDefinition and a Cluster written as YAML
 * text (files {@code cmpd.yaml} and {@code cluster.yaml}), the component being {@code
 * componentSpecs[index]}. Vars, templates, images and the target are set with the fluent methods.
 */
final class LowerFixture {
  final SourceDocument cmpd;
  final SourceDocument cluster;
  final Reporter reporter = new Reporter();
  private int index;
  private Target target = Target.INSTANCESET;
  private Map<String, String> images = Map.of();
  private final Map<String, String> plain = new LinkedHashMap<>();
  private final List<JsonNode> env = new ArrayList<>();
  private final List<RenderedTemplate> templates = new ArrayList<>();

  LowerFixture(String cmpdYaml, String clusterYaml) {
    cmpd = load("cmpd.yaml", cmpdYaml);
    cluster = load("cluster.yaml", clusterYaml);
  }

  static SourceDocument load(String name, String text) {
    Reporter loading = new Reporter();
    List<SourceDocument> docs = new YamlLoader().load(SourceFile.of(name, text), text, loading);
    assertEquals(List.of(), loading.diagnostics(), name);
    return docs.get(0);
  }

  LowerFixture component(int componentIndex) {
    this.index = componentIndex;
    return this;
  }

  LowerFixture target(Target value) {
    this.target = value;
    return this;
  }

  LowerFixture images(Map<String, String> value) {
    this.images = value;
    return this;
  }

  LowerFixture plainVar(String name, String value) {
    plain.put(name, value);
    return this;
  }

  /** A var delivered as env: {@code valueFrom.secretKeyRef} of the given Secret and key. */
  LowerFixture secretVar(String name, String secret, String key) {
    ObjectNode var = JsonNodeFactory.instance.objectNode();
    var.put("name", name);
    ObjectNode ref = var.putObject("valueFrom").putObject("secretKeyRef");
    ref.put("name", secret);
    ref.put("key", key);
    env.add(var);
    return this;
  }

  LowerFixture template(String name, String volumeName, int mode, String checksum) {
    templates.add(
        new RenderedTemplate(
            name, volumeName, mode, true, new TreeMap<>(Map.of("f", "x")), checksum));
    return this;
  }

  SynthesizedComponent synthesized() {
    JsonNode spec = cluster.root().path("spec").path("componentSpecs").path(index);
    String name = spec.path("name").asString();
    String clusterName = cluster.name();
    ClusterInfo info =
        new ClusterInfo(
            clusterName,
            cluster.root().path("metadata").path("namespace").asString("default"),
            cluster.root().path("spec").path("terminationPolicy").asString(),
            cluster,
            new RenderOptions(target, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN));
    return new SynthesizedComponent(
        info,
        name,
        clusterName + "-" + name,
        "",
        spec,
        "/spec/componentSpecs/" + index,
        cmpd,
        spec.path("serviceVersion").asString(""),
        images,
        spec.path("replicas").asInt(1));
  }

  LoweringContext context() {
    return new LoweringContext(
        synthesized(), new ResolvedVars(plain, env, Map.of()), List.copyOf(templates), reporter);
  }

  /** The only object the lowerer emits. */
  ObjectNode lowerOne(Lowerer lowerer) {
    List<ObjectNode> objects = lowerer.lower(context());
    assertEquals(1, objects.size(), "objects");
    return objects.get(0);
  }

  /** {@code CODE@file:line:col} of every diagnostic reported. */
  List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  /** The {@code name}s of the objects in an array node. */
  static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(item.path("name").asString()));
    return names;
  }
}
