package dev.kbforge.maven;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderResult;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Findings in Maven's log, one line each in the gcc style that IDEs and CI problem matchers link:
 * {@code file:line:col: error[CODE]: message}, followed by the hint when there is one.
 */
final class DiagnosticLog {
  private DiagnosticLog() {}

  static void write(Log log, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      String line = line(d);
      String hint = d.hint().isEmpty() ? null : "  hint: " + d.hint();
      if (d.isError()) {
        log.error(line);
        if (hint != null) {
          log.error(hint);
        }
      } else {
        log.warn(line);
        if (hint != null) {
          log.warn(hint);
        }
      }
    }
  }

  /** {@code file:line:col: severity[CODE]: message}. */
  static String line(Diagnostic d) {
    return d.location() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message();
  }

  /** One line: what a render wrote. */
  static String summary(RenderResult result, Path out) {
    return result.clusters()
        + " cluster(s), "
        + result.objects()
        + " object(s) in "
        + out
        + " ("
        + result.added()
        + " added, "
        + result.changed()
        + " changed, "
        + result.unchanged()
        + " unchanged, "
        + result.removed()
        + " removed), "
        + count(result.warningCount(), "warning");
  }

  /** "1 error", "2 warnings". */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
