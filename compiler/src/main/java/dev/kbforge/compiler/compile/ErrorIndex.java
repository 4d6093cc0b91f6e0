package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which documents the validation phase found errors in. A Cluster with an error, or one using a
 * definition with an error, is not compiled: its problem is already reported, and compiling it
 * would only report it again in other words.
 */
final class ErrorIndex {
  private final Map<String, TreeSet<Integer>> errorLines = new HashMap<>();
  private final Map<SourceDocument, Boolean> cache = new IdentityHashMap<>();

  ErrorIndex(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.isError()) {
        errorLines.computeIfAbsent(d.file(), f -> new TreeSet<>()).add(d.line());
      }
    }
  }

  /** Whether an error points into {@code doc} (any line it spans, or its file as a whole). */
  boolean hasErrors(SourceDocument doc) {
    return cache.computeIfAbsent(doc, this::scan);
  }

  private boolean scan(SourceDocument doc) {
    TreeSet<Integer> lines = errorLines.get(doc.file().name());
    if (lines == null) {
      return false;
    }
    if (lines.contains(0)) {
      return true; // a finding about the whole file
    }
    int first = Integer.MAX_VALUE;
    int last = 0;
    for (Map<String, Position> positions : List.of(doc.valuePositions(), doc.keyPositions())) {
      for (Position p : positions.values()) {
        if (p.line() > 0) {
          first = Math.min(first, p.line());
          last = Math.max(last, p.line());
        }
      }
    }
    Integer hit = lines.ceiling(first == Integer.MAX_VALUE ? 1 : first);
    return hit != null && hit <= Math.max(last, first);
  }
}
