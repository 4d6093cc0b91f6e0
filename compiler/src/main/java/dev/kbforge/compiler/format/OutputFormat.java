package dev.kbforge.compiler.format;

/** How diagnostics are printed. */
public enum OutputFormat {
  /** gcc style with the source line and a caret (DESIGN section 7). */
  TEXT,
  /** one JSON object with a {@code diagnostics} array. */
  JSON,
  /** SARIF 2.1.0, for code scanning. */
  SARIF,
  /** GitHub Actions workflow commands ({@code ::error file=...}). */
  GITHUB
}
