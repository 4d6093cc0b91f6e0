package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The top-level guard: any Throwable (an Error such as OutOfMemoryError, which picocli lets
 * through, included) is one line and exit status 3, with the stack only under {@code --debug}.
 */
class InternalErrorsTest {
  private final StringWriter err = new StringWriter();

  private int guard(Throwable bug, String... args) {
    return InternalErrors.guard(
        () -> {
          if (bug instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) bug;
        },
        new PrintWriter(err),
        List.of(args));
  }

  @Test
  void anErrorIsOneLineAndStatusThree() {
    assertEquals(3, guard(new OutOfMemoryError("Java heap space"), "validate", "x"));
    String text = err.toString();
    assertTrue(text.startsWith("kb: internal error: java.lang.OutOfMemoryError"), text);
    assertTrue(text.contains("please report it"), text);
    assertEquals(1, text.lines().count(), text);
  }

  @Test
  void debugAddsTheStackTrace() {
    assertEquals(3, guard(new StackOverflowError(), "--debug", "render", "x"));
    assertTrue(err.toString().contains("\tat "), err.toString());
  }

  @Test
  void aRuntimeExceptionPicocliHandsOverIsTheSame() {
    Run run = Run.of("validate", "/dev/zero");
    // bad input is never an internal error: a device is a diagnostic (exit 1), not read
    assertEquals(1, run.status(), run.toString());
    assertTrue(run.out().contains("error[KB1031]"), run.toString());
    assertFalse(run.printedStackTrace());
    assertEquals(3, guard(new IllegalStateException("a\nb")));
    assertFalse(err.toString().contains("\tat "), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
  }
}
