package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.OutputException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Input and output problems (missing path, unreadable file, unwritable output folder) become one
 * line and exit status 2. Anything else is a bug in kbforge: {@link InternalErrors} says so in one
 * line, exit status 3, without a stack trace unless {@code --debug} is given.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    return handle(e, cli.getErr(), parseResult.originalArgs());
  }

  /** As above, for a command run without picocli ({@link ValidateFastPath}). */
  static int handle(Exception e, PrintWriter err, List<String> args) {
    if (e instanceof InputException || e instanceof OutputException) {
      err.println("kb: " + e.getMessage());
      return Main.USAGE;
    }
    return InternalErrors.report(e, err, InternalErrors.debug(args));
  }
}
