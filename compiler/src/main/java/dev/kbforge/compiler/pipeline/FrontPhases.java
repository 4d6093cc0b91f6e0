package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.TemplateSources;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.KubeTypeValidator;
import dev.kbforge.compiler.validate.PlainObjectValidator;
import dev.kbforge.compiler.validate.SchemaValidator;
import dev.kbforge.compiler.validate.checks.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Phases 1 and 2 of the {@link Pipeline}: load and validate. Each text is loaded, and each document
 * classified and checked against its schema and Kubernetes types, on its own, on the calling thread
 * and {@code helpers} more ({@link InParallel}), each with its own {@link Reporter}; the findings
 * are added in input order, so the result is that of one thread. The semantic checks over the whole
 * set run after, on the calling thread.
 */
final class FrontPhases {
  private final YamlLoader loader = new YamlLoader();
  private final DefinitionTemplates definitionTemplates = new DefinitionTemplates(loader);
  private final SchemaValidator schemas = new SchemaValidator();
  private final KubeTypeValidator kubeTypes = new KubeTypeValidator();
  private final PlainObjectValidator plainObjects = new PlainObjectValidator();
  private final List<Check> checks = Checks.all();
  private final int helpers;

  FrontPhases(int helpers) {
    this.helpers = helpers;
  }

  /**
   * Phase 1: parse every text into positioned documents; a *.yaml.peb definition is first expanded
   * with its addon's values, and its documents point into the expanded text.
   */
  Pipeline.Loaded load(List<SourceText> texts, Reporter reporter) {
    // each text on its own, on the compiling thread and the workers; findings added in text order
    List<Read> read = InParallel.map(texts, helpers, this::read);
    List<SourceFile> files = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    for (Read one : read) {
      one.findings().diagnostics().forEach(reporter::add);
      one.file().ifPresent(files::add);
      documents.addAll(one.documents());
    }
    return new Pipeline.Loaded(files, documents);
  }

  /** One text's file and documents, with its own findings. */
  private record Read(
      Optional<SourceFile> file, List<SourceDocument> documents, Reporter findings) {}

  private Read read(SourceText text) {
    Reporter findings = new Reporter();
    Optional<String> yaml = definitionTemplates.yamlOf(text, findings);
    if (yaml.isEmpty()) {
      return new Read(Optional.empty(), List.of(), findings);
    }
    SourceFile file = SourceFile.of(text.name(), yaml.get());
    return new Read(Optional.of(file), loader.load(file, yaml.get(), findings), findings);
  }

  /**
   * Phase 2: kinds, schemas, Kubernetes types (plain Kubernetes documents against their model),
   * then the semantic checks over the whole set.
   */
  InputSet validate(List<SourceDocument> documents, TemplateSources templates, Reporter reporter) {
    InputSet inputs = new InputSet();
    inputs.setTemplates(templates);
    // each document on its own, on the compiling thread and the workers; added in document order
    for (Checked checked : InParallel.map(documents, helpers, this::check)) {
      checked.findings().diagnostics().forEach(reporter::add);
      if (checked.plain() != null) {
        inputs.addPlain(checked.plain().object(), checked.plain().valid());
      } else if (checked.kind().isPresent()) {
        inputs.add(checked.kind().get(), checked.document(), checked.valid());
      }
    }
    for (Check check : checks) {
      check.run(inputs, reporter);
    }
    return inputs;
  }

  /**
   * One document's part of phase 2, with its own findings: a plain Kubernetes object checked
   * against its model ({@code plain} set), or a kbforge kind with whether it passed its schema and
   * Kubernetes types.
   */
  private record Checked(
      SourceDocument document,
      Optional<Kind> kind,
      PlainObjectValidator.Checked plain,
      boolean valid,
      Reporter findings) {}

  private Checked check(SourceDocument doc) {
    Reporter findings = new Reporter();
    DocumentClassifier.Classified classified = DocumentClassifier.classify(doc, findings);
    if (classified.plain()) {
      NullPruner.prune(doc.root());
      PlainObjectValidator.Checked checked = plainObjects.validate(doc, findings);
      return new Checked(doc, Optional.empty(), checked, checked.valid(), findings);
    }
    Optional<Kind> kind = classified.kind();
    if (kind.isEmpty()) {
      return new Checked(doc, kind, null, false, findings);
    }
    NullPruner.prune(doc.root());
    int before = findings.errorCount();
    schemas.validate(kind.get(), doc, findings);
    kubeTypes.validate(kind.get(), doc, findings);
    return new Checked(doc, kind, null, findings.errorCount() == before, findings);
  }
}
