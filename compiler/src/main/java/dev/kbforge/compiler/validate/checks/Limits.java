package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/** The "minimum no greater than maximum" rule of a limits object. */
final class Limits {
  private Limits() {}

  /** Reports at the minimum when both bounds are integers and min > max. */
  static void check(
      Located limit, String min, String max, Code code, SourceDocument doc, Reporter reporter) {
    Located low = limit.get(min);
    Located high = limit.get(max);
    if (low.json().isIntegralNumber()
        && high.json().isIntegralNumber()
        && low.json().asLong() > high.json().asLong()) {
      reporter.value(
          code,
          doc,
          low.pointer(),
          min + " " + low.json().asLong() + " is greater than " + max + " " + high.json().asLong(),
          min + " must be no greater than " + max);
    }
  }
}
