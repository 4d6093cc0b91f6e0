package dev.kbforge.compiler.api;

/**
 * An input path cannot be used at all (missing, unreadable). Front ends print the message as one
 * line and exit with status 2; no stack trace.
 */
public final class InputException extends RuntimeException {
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  public InputException(String message) {
    super(message);
  }
}
