package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.render.DefinitionExpander;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.KubeTypeValidator;
import dev.kbforge.compiler.validate.SchemaValidator;
import dev.kbforge.compiler.validate.checks.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * kbforge's phases, in order, written down in one place (DESIGN section 3):
 *
 * <ol>
 *   <li>load: read files into positioned documents ({@link YamlLoader});
 *   <li>validate: classify kinds, JSON Schema per kind, Kubernetes types, semantic checks;
 *   <li>resolve, lower, render, emit: compilation (added by the render work).
 * </ol>
 *
 * Only {@link #readFiles} touches the disk; every later phase is pure.
 */
public final class Pipeline {
  private final YamlLoader loader = new YamlLoader();
  private final DefinitionTemplates definitionTemplates = new DefinitionTemplates(loader);
  private final SchemaValidator schemas = new SchemaValidator();
  private final KubeTypeValidator kubeTypes = new KubeTypeValidator();
  private final List<Check> checks = Checks.all();

  /** The loaded input of one run: the files read and their documents. */
  public record Loaded(List<SourceFile> files, List<SourceDocument> documents) {}

  public ValidateResult validate(ValidateRequest request) {
    Reporter reporter = new Reporter();
    List<SourceText> texts = readFiles(request.paths());
    Loaded loaded = load(texts, reporter);
    validate(loaded.documents(), reporter);
    if (loaded.documents().isEmpty() && !reporter.hasErrors()) {
      reporter.at(
          Code.KB1011,
          Code.KB1011.severity(),
          SourceFile.of(
              String.join(" ", request.paths().stream().map(Path::toString).toList()), ""),
          Position.UNKNOWN,
          "no Kubernetes documents found",
          "kbforge reads *.yaml and *.yml files");
    }
    return result(reporter, request.strict(), texts.size(), loaded.documents().size());
  }

  /**
   * A file's display name and its text; for a {@code *.yaml.peb} definition template, also the
   * addon.yaml found above it (empty when there is none).
   */
  public record SourceText(String name, String text, Optional<SourceText> addon) {
    public SourceText(String name, String text) {
      this(name, text, Optional.empty());
    }
  }

  /** Phase 0 (I/O): read every YAML file (and *.yaml.peb template) under the paths. */
  public static List<SourceText> readFiles(List<Path> paths) {
    List<SourceText> texts = new ArrayList<>();
    for (Path file : InputCollector.collect(paths)) {
      Optional<SourceText> addon = Optional.empty();
      if (DefinitionExpander.isDefinitionTemplate(file.getFileName().toString())) {
        addon = InputCollector.addonOf(file).map(Pipeline::read);
      }
      SourceText own = read(file);
      texts.add(new SourceText(own.name(), own.text(), addon));
    }
    return texts;
  }

  private static SourceText read(Path file) {
    try {
      return new SourceText(
          InputCollector.display(file), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Phase 1: parse every text into positioned documents; a *.yaml.peb definition is first expanded
   * with its addon's values, and its documents point into the expanded text.
   */
  public Loaded load(List<SourceText> texts, Reporter reporter) {
    List<SourceFile> files = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    for (SourceText text : texts) {
      Optional<String> yaml = definitionTemplates.yamlOf(text, reporter);
      if (yaml.isEmpty()) {
        continue;
      }
      SourceFile file = SourceFile.of(text.name(), yaml.get());
      files.add(file);
      documents.addAll(loader.load(file, yaml.get(), reporter));
    }
    return new Loaded(files, documents);
  }

  /** Phase 2: kinds, schemas, Kubernetes types, then the semantic checks over the whole set. */
  public InputSet validate(List<SourceDocument> documents, Reporter reporter) {
    InputSet inputs = new InputSet();
    for (SourceDocument doc : documents) {
      Optional<Kind> kind = DocumentClassifier.classify(doc, reporter);
      if (kind.isEmpty()) {
        continue;
      }
      NullPruner.prune(doc.root());
      int before = reporter.errorCount();
      schemas.validate(kind.get(), doc, reporter);
      kubeTypes.validate(kind.get(), doc, reporter);
      inputs.add(kind.get(), doc, reporter.errorCount() == before);
    }
    for (Check check : checks) {
      check.run(inputs, reporter);
    }
    return inputs;
  }

  private static ValidateResult result(Reporter reporter, boolean strict, int files, int docs) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : reporter.diagnostics()) {
      diagnostics.add(strict ? d.asError() : d);
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new ValidateResult(diagnostics, files, docs);
  }
}
