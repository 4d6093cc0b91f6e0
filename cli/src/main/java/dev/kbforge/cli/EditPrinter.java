package dev.kbforge.cli;

import dev.kbforge.compiler.api.ClusterEditor;
import dev.kbforge.compiler.api.EditResult;
import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Runs one edit and prints its outcome, the same for every {@code kb cluster} subcommand and {@code
 * kb ops apply}: findings gcc style on stderr; the diff on stdout for {@code --dry-run}; otherwise
 * one line saying what was written, then the runtime notes.
 */
final class EditPrinter {
  private EditPrinter() {}

  static int run(
      CommandLine.Model.CommandSpec spec,
      boolean dryRun,
      Function<ClusterEditor, EditResult> call) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EditResult result;
    try {
      result = call.apply(ClusterEditor.create());
    } catch (InputException e) {
      err.println("kb: " + e.getMessage());
      return 1;
    }
    if (!result.diagnostics().isEmpty()) {
      err.print(
          DiagnosticFormatter.format(
              new ValidateResult(result.diagnostics(), 1, 1), OutputFormat.TEXT));
    }
    if (result.hasErrors()) {
      err.println("kb: nothing written");
      return 1;
    }
    if (dryRun) {
      out.print(result.diff());
    } else if (result.written()) {
      out.println("edited " + fileOf(result.diff()) + " (review with git diff, then commit)");
    } else {
      out.println("nothing to change");
    }
    result.notes().forEach(n -> out.println("note: " + n));
    return 0;
  }

  private static String fileOf(String diff) {
    int start = diff.indexOf("+++ b/");
    return start < 0 ? "" : diff.substring(start + 6, diff.indexOf('\n', start));
  }
}
