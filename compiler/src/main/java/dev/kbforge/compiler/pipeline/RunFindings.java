package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Findings about a whole run (not one document), and the run's final diagnostic list. */
final class RunFindings {
  private RunFindings() {}

  /** KB1011 when nothing was loaded and nothing else went wrong. */
  static void noDocuments(Compiled compiled, List<Path> paths, Reporter reporter) {
    if (compiled.documents() == 0 && !reporter.hasErrors()) {
      reporter.at(
          Code.KB1011,
          Code.KB1011.severity(),
          SourceFile.of(joined(paths), ""),
          Position.UNKNOWN,
          "no Kubernetes documents found",
          "kbforge reads *.yaml and *.yml files");
    }
  }

  /** KB5404 ({@code kb render}) when documents were loaded but no Cluster was compiled. */
  static void noClusters(Compiled compiled, List<Path> paths, Reporter reporter) {
    if (compiled.documents() > 0 && compiled.clusters() == 0 && !reporter.hasErrors()) {
      reporter.at(
          Code.KB5404,
          Code.KB5404.severity(),
          SourceFile.of(joined(paths), ""),
          Position.UNKNOWN,
          "no Cluster in the input: the tree holds no cluster",
          "add Cluster documents (e.g. an addon's examples/) to the paths");
    }
  }

  /** Every finding in output order; warnings as errors under {@code strict}. */
  static List<Diagnostic> finish(Reporter reporter, boolean strict) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : reporter.diagnostics()) {
      diagnostics.add(strict ? d.asError() : d);
    }
    diagnostics.sort(Diagnostic.ORDER);
    return diagnostics;
  }

  private static String joined(List<Path> paths) {
    return String.join(" ", paths.stream().map(Path::toString).toList());
  }
}
