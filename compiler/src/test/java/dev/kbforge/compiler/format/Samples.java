package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.api.ValidateResult;
import java.util.List;

/** Small results shared by the formatter tests. */
final class Samples {
  private Samples() {}

  static final Diagnostic UNKNOWN_FIELD =
      new Diagnostic(
          Severity.ERROR,
          "KB2001",
          "addons/redis/cmpd.yaml",
          12,
          5,
          "unknown field 'rolez'",
          "did you mean 'roles'?",
          "    rolez: []");

  /** A whole-file finding (line and column unknown) in a path that needs URI escaping. */
  static final Diagnostic WHOLE_FILE =
      new Diagnostic(
          Severity.WARNING,
          "KB1007",
          "my dir/a:b.yaml",
          0,
          0,
          "kind OpsRequest is not checked",
          "",
          "");

  /** The same code as {@link #UNKNOWN_FIELD} again, and a line without a column. */
  static final Diagnostic SECOND_UNKNOWN_FIELD =
      new Diagnostic(
          Severity.ERROR, "KB2001", "examples/c.yaml", 3, 0, "unknown field 'x'", "", "x: 1");

  static ValidateResult mixed() {
    return new ValidateResult(List.of(UNKNOWN_FIELD, SECOND_UNKNOWN_FIELD, WHOLE_FILE), 4, 7);
  }

  static ValidateResult clean() {
    return new ValidateResult(List.of(), 2, 3);
  }
}
