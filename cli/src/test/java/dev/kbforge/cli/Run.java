package dev.kbforge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code kb}: its exit status and what it printed. */
record Run(int status, String out, String err) {
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  /** A Java stack trace frame, which a user must never see. */
  boolean printedStackTrace() {
    return out.contains("\tat ") || err.contains("\tat ");
  }
}
