package dev.kbforge.compiler.api;

/** How serious a finding is. Errors fail a run; warnings fail it only under {@code --strict}. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
