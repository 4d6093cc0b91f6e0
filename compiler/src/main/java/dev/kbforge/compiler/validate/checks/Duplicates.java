package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reports names that repeat an earlier one, at the repeated name's value. */
final class Duplicates {
  private Duplicates() {}

  /**
   * @param names the names of one scope, in document order
   * @param what what a name names, for the message ("role", "service name"...)
   */
  static void report(
      Reporter reporter, Code code, SourceDocument doc, List<Located> names, String what) {
    Map<String, Located> first = new HashMap<>();
    for (Located name : names) {
      Located earlier = first.putIfAbsent(name.text(), name);
      if (earlier != null) {
        int line = doc.valuePosition(earlier.pointer()).line();
        reporter.value(
            code,
            doc,
            name.pointer(),
            "duplicate " + what + " '" + name.text() + "'",
            "first defined on line " + line + "; names must be unique");
      }
    }
  }
}
