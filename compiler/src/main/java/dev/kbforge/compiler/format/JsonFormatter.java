package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.ValidateResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON object for scripts and editors:
 *
 * <pre>
 * {"diagnostics": [{"severity", "code", "file", "line", "column", "message", "hint"}...],
 *  "summary": {"errors", "warnings", "documents", "files"}}
 * </pre>
 *
 * and, for a render, {@code "write"} (see {@link #format(RenderResult, String)}).
 *
 * <p>Every field is always present ({@code hint} is {@code ""} when there is none; {@code line} and
 * {@code column} are 0 when unknown), so consumers need no null checks.
 */
final class JsonFormatter {
  private JsonFormatter() {}

  static String format(ValidateResult result) {
    return JsonWriter.write(tree(result));
  }

  /**
   * A render's JSON: the same object plus {@code "write": {"written", "out", "clusters", "objects",
   * "added", "changed", "unchanged", "removed"}}, the summary {@code kb render} prints as a line in
   * the text format (counts are 0 when nothing was written).
   */
  static String format(RenderResult result, String out) {
    ObjectNode root = tree(result.asValidateResult());
    root.putObject("write")
        .put("written", result.written())
        .put("out", out)
        .put("clusters", result.clusters())
        .put("objects", result.objects())
        .put("added", result.added())
        .put("changed", result.changed())
        .put("unchanged", result.unchanged())
        .put("removed", result.removed());
    return JsonWriter.write(root);
  }

  private static ObjectNode tree(ValidateResult result) {
    ObjectNode root = JsonWriter.object();
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : result.diagnostics()) {
      diagnostics
          .addObject()
          .put("severity", d.severity().label())
          .put("code", d.code())
          .put("file", d.file())
          .put("line", d.line())
          .put("column", d.column())
          .put("message", d.message())
          .put("hint", d.hint());
    }
    root.putObject("summary")
        .put("errors", result.errorCount())
        .put("warnings", result.warningCount())
        .put("documents", result.documents())
        .put("files", result.files());
    return root;
  }
}
