package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.render.DefinitionExpander;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The load phase's view of {@code *.yaml.peb} definition files: expands one with the values of its
 * addon (read from the addon.yaml found above it) into the YAML text that is then loaded.
 *
 * <p>YAML errors in the expansion are reported at lines of the expanded text, under the .peb file's
 * name. Pebble keeps every character outside its tags, so lines before the first loop or multi-line
 * tag keep their numbers; later ones may shift.
 */
final class DefinitionTemplates {
  private final YamlLoader loader;

  DefinitionTemplates(YamlLoader loader) {
    this.loader = loader;
  }

  /** The YAML text of {@code source}: its own text, or its expansion for a .yaml.peb file. */
  Optional<String> yamlOf(SourceText source, Reporter reporter) {
    if (!DefinitionExpander.isDefinitionTemplate(source.name())) {
      return Optional.of(source.text());
    }
    return values(source, reporter)
        .flatMap(v -> DefinitionExpander.expand(source.name(), source.text(), v, reporter));
  }

  /** The addon's values, empty values (KB5020) without an addon, nothing when it is broken. */
  private Optional<Map<String, Object>> values(SourceText source, Reporter reporter) {
    SourceFile peb = SourceFile.of(source.name(), source.text());
    if (source.addon().isEmpty()) {
      reporter.at(
          Code.KB5020,
          Code.KB5020.severity(),
          peb,
          new Position(1, 1),
          "no addon.yaml in this folder or above it: expanded without addon values",
          "put the definition under addons/<engine>/definitions/, next to addon.yaml");
      return Optional.of(Map.of());
    }
    SourceText addon = source.addon().get();
    Reporter scratch = new Reporter(); // addon.yaml's own findings come when it is validated
    List<SourceDocument> docs =
        loader.load(SourceFile.of(addon.name(), addon.text()), addon.text(), scratch);
    Optional<SourceDocument> addonDoc =
        docs.stream().filter(d -> "Addon".equals(d.kind())).findFirst();
    if (scratch.hasErrors() || addonDoc.isEmpty()) {
      String first =
          scratch.diagnostics().stream()
              .filter(d -> d.isError())
              .findFirst()
              .map(d -> "first error: " + d.location() + ": " + d.message())
              .orElse(addon.name() + " holds no Addon document");
      reporter.at(
          Code.KB5021,
          Code.KB5021.severity(),
          peb,
          new Position(1, 1),
          "the addon values in " + addon.name() + " cannot be read",
          first);
      return Optional.empty();
    }
    return Optional.of(DefinitionExpander.addonValues(addonDoc.get()));
  }
}
