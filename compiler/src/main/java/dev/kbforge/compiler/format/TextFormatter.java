package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;

/**
 * gcc-style text:
 *
 * <pre>
 * file:42:7: error[KB2103]: message
 *     roleSelector: leader
 *                   ^
 *   hint: ...
 * </pre>
 */
final class TextFormatter {
  private TextFormatter() {}

  static String format(ValidateResult result) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      out.append(d.location())
          .append(": ")
          .append(d.severity().label())
          .append('[')
          .append(d.code())
          .append("]: ")
          .append(d.message())
          .append('\n');
      if (!d.sourceLine().isBlank() && d.column() > 0) {
        String line = d.sourceLine().replace('\t', ' ');
        out.append("    ").append(line).append('\n');
        out.append("    ")
            .append(" ".repeat(Math.min(d.column() - 1, line.length())))
            .append("^\n");
      }
      if (!d.hint().isEmpty()) {
        out.append("  hint: ").append(d.hint()).append('\n');
      }
    }
    out.append(summary(result)).append('\n');
    return out.toString();
  }

  static String summary(ValidateResult result) {
    return result.errorCount()
        + " error(s), "
        + result.warningCount()
        + " warning(s) in "
        + result.documents()
        + " document(s) from "
        + result.files()
        + " file(s)";
  }
}
