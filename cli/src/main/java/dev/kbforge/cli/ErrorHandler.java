package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.OutputException;
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
    if (e instanceof InputException || e instanceof OutputException) {
      cli.getErr().println("kb: " + e.getMessage());
      return Main.USAGE;
    }
    return InternalErrors.report(e, cli.getErr(), InternalErrors.debug(parseResult.originalArgs()));
  }
}
