package dev.kbforge.compiler.render;

import dev.kbforge.compiler.diag.Code;
import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template passed one of its limits ({@link TemplateBudget}); carries the code that names the
 * limit, and the template and line where it was passed. No stack trace is filled in: it is thrown
 * deep inside a render and only its message is ever shown.
 */
final class TemplateLimitException extends PebbleException {
  private final Code code;

  TemplateLimitException(Code code, String message, int line, String template) {
    super(null, message, line, template);
    this.code = code;
  }

  Code code() {
    return code;
  }

  /** The limit passed somewhere in {@code failure}'s causes (Pebble may wrap it), or null. */
  static TemplateLimitException in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TemplateLimitException limit) {
        return limit;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
