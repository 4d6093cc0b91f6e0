package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.RenderRequest;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.compile.ClusterCompiler;
import dev.kbforge.compiler.compile.Compilation;
import dev.kbforge.compiler.compile.CompilePhases;
import dev.kbforge.compiler.crd.CrdGenerator;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.emit.ClusterObjects;
import dev.kbforge.compiler.emit.EmitWorkers;
import dev.kbforge.compiler.emit.GitOpsLayout;
import dev.kbforge.compiler.emit.OutputFolder;
import dev.kbforge.compiler.emit.OutputTree;
import dev.kbforge.compiler.emit.TreeBuilder;
import dev.kbforge.compiler.emit.TreeSink;
import dev.kbforge.compiler.emit.TreeWriter;
import dev.kbforge.compiler.emit.WriteSummary;
import dev.kbforge.compiler.kubeversion.CrdValidationRules;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.TemplateSources;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * kbforge's phases, in order, written down in one place (DESIGN section 3):
 *
 * <ol start="0">
 *   <li>read ({@link SourceReader}): the YAML files under the paths and the addons' template
 *       folders; the only step before the write that touches the disk;
 *   <li>load ({@link #load}, {@link FrontPhases}): positioned documents ({@link
 *       dev.kbforge.compiler.load.YamlLoader}), *.yaml.peb definitions expanded first; files loaded
 *       on the compiling thread and the workers ({@link InParallel});
 *   <li>validate ({@link #validate(List, TemplateSources, Reporter)}): kinds, JSON Schema per kind,
 *       Kubernetes types (each document on its own, on the compiling thread and the workers), then
 *       the semantic checks over the whole set;
 *   <li>resolve, vars, templates, lower ({@link ClusterCompiler}): each valid Cluster through its
 *       layout, synthesized components, resolved vars, rendered file templates and the target's
 *       lowerers; an error stops these steps for that Cluster only;
 *   <li>emit ({@link GitOpsLayout}, {@link TreeBuilder}): each cluster's objects serialised as soon
 *       as it is compiled, on worker threads, into an in-memory {@link OutputTree} or, for {@code
 *       kb render}, straight into a staging folder next to the output ({@link OutputFolder});
 *   <li>write ({@link TreeWriter}): only for {@code kb render}, only without errors: the staging
 *       folder is swapped in (else deleted).
 * </ol>
 *
 * {@code kb validate} runs phases 0 to 3 (with the default render options) so that template and
 * resolution errors show there too ({@link #check}); {@code kb render} runs them all. Phases 1 to 4
 * are pure.
 */
public final class Pipeline {
  private final FrontPhases front;
  private final CompilePhases phases;
  private final int emitWorkers;

  public Pipeline() {
    this(CompilePhases.standard());
  }

  /** A pipeline with other compile steps (tests put stubs in). */
  public Pipeline(CompilePhases phases) {
    this(phases, EmitWorkers.defaultWorkers());
  }

  /**
   * A pipeline loading files, validating documents, and serialising and writing cluster folders on
   * {@code emitWorkers} threads besides the compiling one (0: all on the compiling thread, in
   * order; the output and the findings are the same either way).
   */
  public Pipeline(CompilePhases phases, int emitWorkers) {
    this.phases = phases;
    this.emitWorkers = emitWorkers;
    this.front = new FrontPhases(emitWorkers);
  }

  /** The loaded input of one run: the files read and their documents. */
  public record Loaded(List<SourceFile> files, List<SourceDocument> documents) {}

  /** {@code kb validate}: every phase but the write, with the default render options. */
  public ValidateResult validate(ValidateRequest request) {
    Reporter reporter = new Reporter();
    Compiled compiled = check(SourceReader.read(request.paths()), reporter);
    RunFindings.noDocuments(compiled, request.paths(), reporter);
    List<Diagnostic> diagnostics = RunFindings.finish(reporter, request.strict());
    return new ValidateResult(diagnostics, compiled.files(), compiled.documents());
  }

  /**
   * Phases 1 to 3 with the default render options, for {@code kb validate}: every finding a render
   * would report, without serialising the objects. Phase 4 reports nothing (its only failures, a
   * folder name that is no DNS label or one object twice in a folder, are bugs that compile's own
   * checks keep out; the labels are checked here too), and writing YAML nobody reads was a seventh
   * of a short validate's time.
   */
  private Compiled check(SourceReader.Inputs inputs, Reporter reporter) {
    Front front = front(inputs, reporter);
    Compilation compilation =
        new ClusterCompiler(front.set(), RenderOptions.defaults(), phases)
            .compileAll(
                reporter,
                cluster -> {
                  GitOpsLayout.checkLabel(cluster.namespace(), "namespace");
                  GitOpsLayout.checkLabel(cluster.cluster(), "cluster name");
                });
    return new Compiled(
        inputs.texts().size(),
        front.loaded().documents().size(),
        compilation.clusters(),
        compilation.objectCount(),
        new OutputTree(),
        compilation,
        0,
        0);
  }

  /** What phases 0 to 2 give the later ones: the loaded documents and the validated set. */
  private record Front(Loaded loaded, InputSet set) {}

  /** The problems phase 0 met, then phases 1 and 2: shared by render and validate. */
  private Front front(SourceReader.Inputs inputs, Reporter reporter) {
    inputs.problems().forEach(problem -> problem.report(reporter));
    Loaded loaded = load(inputs.texts(), reporter);
    return new Front(loaded, validate(loaded.documents(), inputs.templates(), reporter));
  }

  /**
   * {@code kb render}: every phase; the tree is written only when there are no errors (after {@code
   * strict}), so a failed render leaves the previous tree untouched.
   */
  public RenderResult render(RenderRequest request) {
    Reporter reporter = new Reporter();
    List<ObjectNode> crds = request.withCrds() ? new CrdGenerator().generateAll() : List.of();
    CrdValidationRules.fit(
        crds, request.options().kubeVersion(), request.out().resolve("crds").toString(), reporter);
    List<Diagnostic> diagnostics;
    Compiled compiled;
    WriteSummary written;
    // the files stream into a staging folder as the clusters compile; swapped in only when ok
    try (OutputFolder out = new OutputFolder(new TreeWriter(), request.out())) {
      compiled =
          compile(
              SourceReader.read(request.paths(), List.of(request.out())),
              request.options(),
              reporter,
              cluster -> {},
              crds,
              out);
      RunFindings.noDocuments(compiled, request.paths(), reporter);
      RunFindings.noClusters(compiled, request.paths(), reporter);
      diagnostics = RunFindings.finish(reporter, request.strict());
      written =
          diagnostics.stream().noneMatch(Diagnostic::isError)
              ? out.commit()
              : new WriteSummary(0, 0, 0, 0);
    }
    boolean ok = diagnostics.stream().noneMatch(Diagnostic::isError);
    return new RenderResult(
        diagnostics,
        compiled.files(),
        compiled.documents(),
        compiled.clusters(),
        compiled.objects(),
        written.added(),
        written.changed(),
        written.unchanged(),
        written.removed(),
        ok);
  }

  /** Phases 1 to 4 over what phase 0 read: pure, findings to {@code reporter}. */
  public Compiled compile(SourceReader.Inputs inputs, RenderOptions options, Reporter reporter) {
    return compile(inputs, options, reporter, cluster -> {});
  }

  /**
   * As above; {@code observer} sees each compiled Cluster's objects before they are laid out (for
   * benchmarks and tests).
   */
  public Compiled compile(
      SourceReader.Inputs inputs,
      RenderOptions options,
      Reporter reporter,
      Consumer<ClusterObjects> observer) {
    return compile(inputs, options, reporter, observer, List.of());
  }

  /** As above, with {@code crds} laid out under {@code crds/} ({@code kb render --with-crds}). */
  public Compiled compile(
      SourceReader.Inputs inputs,
      RenderOptions options,
      Reporter reporter,
      Consumer<ClusterObjects> observer,
      List<ObjectNode> crds) {
    OutputTree tree = new OutputTree();
    return compile(inputs, options, reporter, observer, crds, tree);
  }

  /**
   * As above, the files going to {@code sink} as each cluster is compiled (serialised on {@link
   * #emitWorkers} workers while the next clusters compile); the result's tree is {@code sink} when
   * that is an {@link OutputTree}, else empty.
   */
  public Compiled compile(
      SourceReader.Inputs inputs,
      RenderOptions options,
      Reporter reporter,
      Consumer<ClusterObjects> observer,
      List<ObjectNode> crds,
      TreeSink sink) {
    Front front = front(inputs, reporter);
    TreeBuilder layout;
    Compilation compilation;
    try (EmitWorkers workers = EmitWorkers.of(emitWorkers)) {
      layout = new TreeBuilder(sink, workers);
      compilation =
          new ClusterCompiler(front.set(), options, phases)
              .compileAll(reporter, observer.andThen(layout::add));
      layout.finish(crds, compilation.definitions(), compilation.shared());
    }
    return new Compiled(
        inputs.texts().size(),
        front.loaded().documents().size(),
        compilation.clusters(),
        compilation.objectCount(),
        sink instanceof OutputTree tree ? tree : new OutputTree(),
        compilation,
        layout.files(),
        layout.bytes());
  }

  /**
   * Phase 1: parse every text into positioned documents; a *.yaml.peb definition is first expanded
   * with its addon's values, and its documents point into the expanded text.
   */
  public Loaded load(List<SourceText> texts, Reporter reporter) {
    return front.load(texts, reporter);
  }

  /** Phase 2 without template folders (see below). */
  public InputSet validate(List<SourceDocument> documents, Reporter reporter) {
    return validate(documents, TemplateSources.NONE, reporter);
  }

  /**
   * Phase 2: kinds, schemas, Kubernetes types (plain Kubernetes documents against their model),
   * then the semantic checks over the whole set.
   */
  public InputSet validate(
      List<SourceDocument> documents, TemplateSources templates, Reporter reporter) {
    return front.validate(documents, templates, reporter);
  }
}
