package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.validate.DidYouMean;
import java.util.Collection;

/** Hint text for "X is not defined" findings. */
final class Hints {
  private Hints() {}

  /** "did you mean 'b'?" when a known name is close, else the list of known names. */
  static String unknown(String wrong, String what, Collection<String> known) {
    String close = DidYouMean.hint(wrong, known);
    return close.isEmpty() ? known(what, known) : close;
  }

  /** "defined roles are a, b" or "no roles are defined". */
  static String known(String what, Collection<String> known) {
    return known.isEmpty()
        ? "no " + what + "s are defined"
        : "defined " + what + "s are " + String.join(", ", known);
  }
}
