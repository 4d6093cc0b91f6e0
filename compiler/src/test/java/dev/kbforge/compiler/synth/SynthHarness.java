package dev.kbforge.compiler.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.pipeline.SourceText;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.DefinitionResolver;
import dev.kbforge.compiler.source.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Loads text-block sources through the pipeline's load and validate phases, then runs the resolve
 * phase: components of a Cluster and their vars. Diagnostics print as {@code CODE@file:line:col}.
 */
final class SynthHarness {
  final Reporter validation = new Reporter();
  final Reporter reporter = new Reporter();
  private final InputSet inputs;
  private final VarResolver vars = new VarResolver(reporter);
  private RenderOptions options = RenderOptions.defaults();

  private SynthHarness(List<SourceText> texts) {
    Pipeline pipeline = new Pipeline();
    Pipeline.Loaded loaded = pipeline.load(texts, validation);
    inputs = pipeline.validate(loaded.documents(), validation);
  }

  /** Sources as alternating file names and texts. */
  static SynthHarness of(String... namesAndTexts) {
    List<SourceText> texts = new ArrayList<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      texts.add(new SourceText(namesAndTexts[i], namesAndTexts[i + 1]));
    }
    return new SynthHarness(texts);
  }

  /** Every YAML file under the paths, read as the CLI reads them. */
  static SynthHarness ofPaths(List<Path> paths) {
    return new SynthHarness(SourceReader.readFiles(paths));
  }

  SynthHarness clusterDomain(String domain) {
    options = new RenderOptions(Target.INSTANCESET, SecretsMode.APPLY, domain);
    return this;
  }

  /** Validation must have passed (warnings allowed), so the resolve phase is what is tested. */
  SynthHarness valid() {
    assertEquals(
        List.of(),
        validation.diagnostics().stream().filter(d -> d.isError()).toList(),
        "validation errors");
    return this;
  }

  /** Names of the valid Clusters, in input order. */
  List<String> clusterNames() {
    return inputs.of(Kind.CLUSTER).stream().map(SourceDocument::name).toList();
  }

  SourceDocument cluster(String name) {
    return inputs.of(Kind.CLUSTER).stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no Cluster " + name));
  }

  List<SynthesizedComponent> components(String cluster) {
    ClusterLayout layout = ClusterLayout.of(cluster(cluster), new DefinitionResolver(inputs));
    return new ComponentSynthesizer(reporter).synthesize(layout, options);
  }

  static SynthesizedComponent named(List<SynthesizedComponent> components, String name) {
    return components.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no component " + name));
  }

  /** The vars of one component of a cluster. */
  ResolvedVars vars(String cluster, String component) {
    List<SynthesizedComponent> all = components(cluster);
    return vars.resolve(named(all, component), all);
  }

  /** Every var of every component of a cluster, by component name. */
  Map<String, ResolvedVars> allVars(String cluster) {
    List<SynthesizedComponent> all = components(cluster);
    Map<String, ResolvedVars> out = new java.util.LinkedHashMap<>();
    all.forEach(c -> out.put(c.name(), vars.resolve(c, all)));
    return out;
  }

  /** The resolve phase's findings as {@code CODE@file:line:col}. */
  List<String> codes() {
    return reporter.diagnostics().stream()
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .sorted()
        .toList();
  }
}
