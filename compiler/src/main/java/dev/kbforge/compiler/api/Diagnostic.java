package dev.kbforge.compiler.api;

import java.util.Comparator;

/**
 * One finding, pointing at a place in a source file.
 *
 * @param file the path as given by the user (or relative to the working directory)
 * @param line 1-based line, 0 when the finding is about the whole file
 * @param column 1-based column, 0 when unknown
 * @param sourceLine the text of that line (without line break), empty when unknown; kept here so
 *     formatters stay pure
 * @param hint an optional suggestion, empty when none
 */
public record Diagnostic(
    Severity severity,
    String code,
    String file,
    int line,
    int column,
    String message,
    String hint,
    String sourceLine) {

  /** Stable output order: file, line, column, code, message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    hint = hint == null ? "" : hint;
    sourceLine = sourceLine == null ? "" : sourceLine;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same finding as an error (used by {@code --strict}). */
  public Diagnostic asError() {
    return new Diagnostic(Severity.ERROR, code, file, line, column, message, hint, sourceLine);
  }

  /** {@code file:line:col} as editors and CI link it. */
  public String location() {
    return file + ":" + line + ":" + column;
  }
}
