package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.OutputException;
import picocli.CommandLine;

/**
 * Input and output problems (missing path, unreadable file, unwritable output folder) become one
 * line and exit status 2. Anything else is a bug in kbforge: say so in one line too, without a
 * stack trace unless KB_DEBUG is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    if (e instanceof InputException || e instanceof OutputException) {
      cli.getErr().println("kb: " + e.getMessage());
      return Main.USAGE;
    }
    cli.getErr().println("kb: internal error: " + e + " (set KB_DEBUG=1 for details)");
    if (System.getenv("KB_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return 3;
  }
}
