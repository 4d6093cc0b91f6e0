package dev.kbforge.compiler.api;

/**
 * The output folder cannot be written: it is a file, it holds something kbforge did not write, or
 * the disk refused. Front ends print the message as one line and exit with status 2; no stack
 * trace. The previous tree, if any, is left as it was.
 */
public final class OutputException extends RuntimeException {
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }

  public OutputException(String message) {
    super(message);
  }
}
