package dev.kbforge.compiler.api;

import java.util.List;

/**
 * A rendered template file.
 *
 * @param output the rendered text (empty when there are errors)
 * @param diagnostics what went wrong, at the template's or the values file's line and column
 */
public record TemplateResult(String output, List<Diagnostic> diagnostics) {
  public TemplateResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
