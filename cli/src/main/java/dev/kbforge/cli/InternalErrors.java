package dev.kbforge.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The top-level guard of {@code kb}: whatever escapes a command (a RuntimeException picocli hands
 * to {@link ErrorHandler}, or an Error such as OutOfMemoryError or StackOverflowError, which
 * picocli lets through) becomes one line on stderr asking for a report, and exit status {@link
 * #STATUS}. The stack trace is printed only with {@code --debug} (or {@code KB_DEBUG} set): bad
 * input is always a diagnostic, so anything reaching here is a kbforge bug.
 */
final class InternalErrors {
  /** Exit status of an internal error: distinct from 1 (errors found) and 2 (usage, I/O). */
  static final int STATUS = 3;

  /** The option that asks for the stack trace of an internal error. */
  static final String DEBUG_OPTION = "--debug";

  private InternalErrors() {}

  /** Runs {@code command}; any Throwable it throws is reported as an internal error. */
  static int guard(Callable<Integer> command, PrintWriter err, List<String> args) {
    try {
      return command.call();
    } catch (Throwable e) { // the last line of defence: nothing may reach the JVM's handler
      return report(e, err, debug(args));
    }
  }

  /** Prints the one line (and the stack trace when asked); returns {@link #STATUS}. */
  static int report(Throwable e, PrintWriter err, boolean debug) {
    err.println(
        "kb: internal error: "
            + oneLine(e)
            + " (a bug in kbforge: please report it with the command and input that caused it;"
            + " rerun with "
            + DEBUG_OPTION
            + " for the stack trace)");
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return STATUS;
  }

  static boolean debug(List<String> args) {
    return args.contains(DEBUG_OPTION) || System.getenv("KB_DEBUG") != null;
  }

  private static String oneLine(Throwable e) {
    return e.toString().replaceAll("\\s*\\R\\s*", " ");
  }
}
