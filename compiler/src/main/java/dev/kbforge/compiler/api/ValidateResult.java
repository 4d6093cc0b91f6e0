package dev.kbforge.compiler.api;

import java.util.List;

/**
 * The outcome of a validation run.
 *
 * @param diagnostics every finding, in {@link Diagnostic#ORDER}
 * @param files how many files were read
 * @param documents how many YAML documents were checked
 */
public record ValidateResult(List<Diagnostic> diagnostics, int files, int documents) {
  public ValidateResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return diagnostics.size() - errorCount();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }
}
