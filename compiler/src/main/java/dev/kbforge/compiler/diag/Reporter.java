package dev.kbforge.compiler.diag;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics as values; phases report here instead of throwing. */
public final class Reporter {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int errors;

  /** A finding about the value at {@code pointer} (wrong value, bad reference...). */
  public void value(Code code, SourceDocument doc, String pointer, String message) {
    value(code, doc, pointer, message, "");
  }

  public void value(Code code, SourceDocument doc, String pointer, String message, String hint) {
    at(code, code.severity(), doc.file(), doc.valuePosition(pointer), message, hint);
  }

  /** A finding about the key that holds {@code pointer} (unknown field, duplicate name...). */
  public void key(Code code, SourceDocument doc, String pointer, String message) {
    key(code, doc, pointer, message, "");
  }

  public void key(Code code, SourceDocument doc, String pointer, String message, String hint) {
    at(code, code.severity(), doc.file(), doc.keyPosition(pointer), message, hint);
  }

  /**
   * Same as {@link #value} with an explicit severity (for checks whose severity depends on
   * context).
   */
  public void value(
      Code code,
      Severity severity,
      SourceDocument doc,
      String pointer,
      String message,
      String hint) {
    at(code, severity, doc.file(), doc.valuePosition(pointer), message, hint);
  }

  public void at(
      Code code, Severity severity, SourceFile file, Position pos, String message, String hint) {
    if (severity == Severity.ERROR) {
      errors++;
    }
    diagnostics.add(
        new Diagnostic(
            severity,
            code.name(),
            file.name(),
            pos.line(),
            pos.column(),
            message,
            hint,
            file.line(pos.line())));
  }

  /** Adds a finding made elsewhere (e.g. collected in a scratch reporter first). */
  public void add(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      errors++;
    }
    diagnostics.add(diagnostic);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public int errorCount() {
    return errors;
  }

  public int size() {
    return diagnostics.size();
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
