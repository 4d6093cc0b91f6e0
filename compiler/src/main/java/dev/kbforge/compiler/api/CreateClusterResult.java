package dev.kbforge.compiler.api;

import java.util.List;

/**
 * A new Cluster file's text (valid against the addon) or the reasons there is none.
 *
 * @param yaml the commented Cluster document, {@code ""} when there are errors
 * @param diagnostics every finding
 */
public record CreateClusterResult(String yaml, List<Diagnostic> diagnostics) {
  public CreateClusterResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
