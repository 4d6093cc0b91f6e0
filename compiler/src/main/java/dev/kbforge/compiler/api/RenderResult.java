package dev.kbforge.compiler.api;

import java.util.List;

/**
 * The outcome of a render.
 *
 * @param diagnostics every finding, in {@link Diagnostic#ORDER}
 * @param files how many input files were read
 * @param documents how many YAML documents were checked
 * @param clusters how many Clusters were compiled into the tree
 * @param objects how many Kubernetes objects the tree holds (kustomizations not counted)
 * @param added files of the tree that were not in the previous one
 * @param changed files whose bytes changed
 * @param unchanged files left as they were
 * @param removed files of the previous tree that are gone
 * @param written whether the tree was written; false when there were errors (nothing is touched)
 */
public record RenderResult(
    List<Diagnostic> diagnostics,
    int files,
    int documents,
    int clusters,
    int objects,
    int added,
    int changed,
    int unchanged,
    int removed,
    boolean written) {

  public RenderResult {
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

  /** The diagnostics part, for the formatters {@code kb validate} uses. */
  public ValidateResult asValidateResult() {
    return new ValidateResult(diagnostics, files, documents);
  }
}
