package dev.kbforge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A bad command line (unknown option, missing argument, unknown format): one line saying what is
 * wrong, a suggestion when picocli has one, a pointer to {@code --help}, exit status 2.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("kb: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return Main.USAGE;
  }
}
