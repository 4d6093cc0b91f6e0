package dev.kbforge.gotemplate;

/**
 * A template that does not parse or does not execute. Carries the kind, the template name and the
 * 1-based line and column in the template text where the problem is, so that a caller can map it
 * into its own file (a block scalar inside a YAML document, say).
 */
public final class TemplateException extends Exception {
  /** What went wrong, coarsely: callers map each kind to a diagnostic of their own. */
  public enum Kind {
    /** The text is not a template (Go's Parse fails). */
    PARSE,
    /** A function that neither Go, sprig nor the caller defines. Go reports this at parse time. */
    UNSUPPORTED_FUNCTION,
    /** A sprig function that kbforge refuses because its result differs from run to run. */
    NONDETERMINISTIC_FUNCTION,
    /** Execution failed (Go's Execute returns an error). */
    EXEC,
    /** Execution ran past a configured bound (iterations, output size, template depth). */
    LIMIT
  }

  private final Kind kind;
  private final String templateName;
  private final int line;
  private final int column;
  private final String detail;

  public TemplateException(Kind kind, String templateName, int line, int column, String detail) {
    super(templateName + ":" + line + ":" + column + ": " + detail);
    this.kind = kind;
    this.templateName = templateName;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  /** True for the kinds that Go reports from Parse rather than from Execute. */
  public boolean isParseTime() {
    return kind == Kind.PARSE
        || kind == Kind.UNSUPPORTED_FUNCTION
        || kind == Kind.NONDETERMINISTIC_FUNCTION;
  }

  public String templateName() {
    return templateName;
  }

  /** 1-based line in the template text. */
  public int line() {
    return line;
  }

  /** 1-based column (in characters) in the template text. */
  public int column() {
    return column;
  }

  /** The message without the position prefix. */
  public String detail() {
    return detail;
  }
}
