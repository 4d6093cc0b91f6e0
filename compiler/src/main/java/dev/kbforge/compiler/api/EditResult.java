package dev.kbforge.compiler.api;

import java.util.List;

/**
 * The outcome of an in-place edit.
 *
 * @param diagnostics every finding (the edit's own and those of validating the edited file)
 * @param diff the change as a unified diff ({@code ""} when nothing changes)
 * @param written whether the file was replaced
 * @param notes what the edit needs at run time, one sentence each (e.g. a StorageClass that allows
 *     volume expansion)
 */
public record EditResult(
    List<Diagnostic> diagnostics, String diff, boolean written, List<String> notes) {
  public EditResult {
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
