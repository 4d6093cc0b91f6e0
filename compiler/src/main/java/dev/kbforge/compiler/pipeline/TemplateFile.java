package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.TemplateRequest;
import dev.kbforge.compiler.api.TemplateResult;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.render.StandaloneTemplate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@code kb template}: reads the template and values files, renders, collects the findings. */
final class TemplateFile {
  private TemplateFile() {}

  static TemplateResult render(TemplateRequest request) {
    Reporter reporter = new Reporter();
    Optional<Map.Entry<String, String>> values =
        request.values().map(v -> Map.entry(InputCollector.display(v), read(v)));
    Optional<String> out =
        StandaloneTemplate.render(
            InputCollector.display(request.file()),
            read(request.file()),
            values,
            request.missingKeyError(),
            reporter);
    return new TemplateResult(out.orElse(""), reporter.diagnostics());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
