package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.HashSet;
import java.util.Set;

/**
 * Reports var findings once: a ComponentDefinition used by several components (or shards) would
 * otherwise repeat the same warning at the same place for each of them.
 */
final class VarDiagnostics {
  private final Reporter reporter;
  private final Set<String> seen = new HashSet<>();

  VarDiagnostics(Reporter reporter) {
    this.reporter = reporter;
  }

  void report(Code code, SourceDocument doc, String pointer, String message, String hint) {
    Position at = doc.valuePosition(pointer);
    String key = code + "|" + doc.file().name() + "|" + at + "|" + message;
    if (seen.add(key)) {
      reporter.value(code, doc, pointer, message, hint);
    }
  }
}
