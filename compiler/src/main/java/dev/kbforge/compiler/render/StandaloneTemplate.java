package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.render.gotmpl.GoRenderer;
import dev.kbforge.compiler.render.gotmpl.GoTemplateErrors;
import dev.kbforge.compiler.render.gotmpl.JsonValues;
import dev.kbforge.compiler.render.gotmpl.TemplateOrigin;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.gotemplate.TemplateException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One template file rendered on its own ({@code kb template}): Pebble for {@code *.peb} (the same
 * sandbox as a template folder), a Go text/template otherwise, with KubeBlocks' functions and Go's
 * {@code missingkey} mode of the caller's choice. The values are a JSON or YAML document, read as
 * KubeBlocks' values are (a JSON round trip: every number a float64) for Go, and as a template
 * folder's context for Pebble. Pure: the caller reads the files.
 */
public final class StandaloneTemplate {
  private StandaloneTemplate() {}

  /**
   * @param name the template file as diagnostics show it
   * @param values the values file's name and text, or empty for {@code {}}
   * @return the output, or empty when something was reported
   */
  public static Optional<String> render(
      String name,
      String text,
      Optional<Map.Entry<String, String>> values,
      boolean missingKeyError,
      Reporter reporter) {
    Optional<JsonNode> data = values(values, reporter);
    if (data.isEmpty()) {
      return Optional.empty();
    }
    if (FileTemplateRenderer.isTemplate(name)) {
      String file = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
      String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : ".";
      Map<String, Object> context =
          data.get().isObject() ? TemplateValues.fromJsonObject(data.get()) : Map.of();
      return FileTemplateRenderer.render(folder, Map.of(file, text), context, reporter)
          .map(out -> out.get(FileTemplateRenderer.outputName(file)));
    }
    try {
      Object goValues = JsonValues.of(data.get());
      @SuppressWarnings("unchecked")
      Map<String, ?> map =
          goValues instanceof Map<?, ?> m ? (Map<String, ?>) m : new LinkedHashMap<>();
      return Optional.of(GoRenderer.author(missingKeyError).render(name, text, map));
    } catch (TemplateException e) {
      GoTemplateErrors.report(
          e, TemplateOrigin.file(SourceFile.of(name, text)), "'" + name + "'", reporter);
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> values(
      Optional<Map.Entry<String, String>> values, Reporter reporter) {
    if (values.isEmpty()) {
      return Optional.of(JsonNodeFactory.instance.objectNode());
    }
    int errors = reporter.errorCount();
    SourceFile file = SourceFile.of(values.get().getKey(), values.get().getValue());
    List<SourceDocument> docs = new YamlLoader().load(file, values.get().getValue(), reporter);
    if (reporter.errorCount() > errors) {
      return Optional.empty();
    }
    return Optional.of(docs.isEmpty() ? JsonNodeFactory.instance.objectNode() : docs.get(0).root());
  }
}
