package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.render.FileTemplateRenderer;
import dev.kbforge.compiler.render.gotmpl.GoRenderer;
import dev.kbforge.compiler.render.gotmpl.GoTemplateErrors;
import dev.kbforge.compiler.render.gotmpl.TemplateOrigin;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import dev.kbforge.gotemplate.TemplateException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Renders a template's files through the Go engine, each file on its own as KubeBlocks does (a
 * fresh clone of the template per data key), reporting a failure at the file's line and column.
 */
final class GoFiles {
  private GoFiles() {}

  /** The data keys of a ConfigMap template, rendered; errors inside its block scalars. */
  static Optional<SortedMap<String, String>> configMap(
      GoRenderer renderer,
      SourceDocument configMap,
      SortedMap<String, String> files,
      Map<String, ?> values,
      String template,
      Reporter reporter) {
    SortedMap<String, String> out = new TreeMap<>();
    boolean ok = true;
    for (Map.Entry<String, String> file : files.entrySet()) {
      Supplier<TemplateOrigin> origin =
          () -> TemplateOrigin.value(configMap, Pointers.child("/data", file.getKey()));
      Optional<String> text = one(renderer, file, values, template, origin, reporter);
      ok &= text.isPresent();
      text.ifPresent(t -> out.put(file.getKey(), t));
    }
    return ok ? Optional.of(Collections.unmodifiableSortedMap(out)) : Optional.empty();
  }

  /**
   * A template folder's output with every file that is not Pebble ({@code *.peb}) rendered as a Go
   * template; {@code sources} are the folder's files as written.
   */
  static Optional<SortedMap<String, String>> folder(
      GoRenderer renderer,
      String folder,
      Map<String, String> sources,
      SortedMap<String, String> pebbleOutput,
      Map<String, ?> values,
      String template,
      Reporter reporter) {
    SortedMap<String, String> out = new TreeMap<>(pebbleOutput);
    boolean ok = true;
    for (Map.Entry<String, String> file : sources.entrySet()) {
      if (FileTemplateRenderer.isTemplate(file.getKey())) {
        continue;
      }
      // the file's line table is built only for an error: most renders have none
      Supplier<TemplateOrigin> origin =
          () -> TemplateOrigin.file(SourceFile.of(folder + "/" + file.getKey(), file.getValue()));
      Optional<String> text = one(renderer, file, values, template, origin, reporter);
      ok &= text.isPresent();
      text.ifPresent(t -> out.put(file.getKey(), t));
    }
    return ok ? Optional.of(Collections.unmodifiableSortedMap(out)) : Optional.empty();
  }

  private static Optional<String> one(
      GoRenderer renderer,
      Map.Entry<String, String> file,
      Map<String, ?> values,
      String template,
      Supplier<TemplateOrigin> origin,
      Reporter reporter) {
    try {
      return Optional.of(renderer.render(template, file.getValue(), values));
    } catch (TemplateException e) {
      GoTemplateErrors.report(
          e, origin.get(), "'" + file.getKey() + "' of template '" + template + "'", reporter);
      return Optional.empty();
    }
  }
}
