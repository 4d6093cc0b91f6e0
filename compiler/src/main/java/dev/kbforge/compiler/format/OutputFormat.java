package dev.kbforge.compiler.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How diagnostics are printed. */
public enum OutputFormat {
  /** gcc style with the source line and a caret (DESIGN section 7). */
  TEXT,
  /** one JSON object with a {@code diagnostics} array and a {@code summary}. */
  JSON,
  /** SARIF 2.1.0, for code scanning. */
  SARIF,
  /** GitHub Actions workflow commands ({@code ::error file=...}). */
  GITHUB;

  /** The name users type, e.g. {@code sarif}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every {@link #label()}, in declaration order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(OutputFormat::label).toList();
  }

  /** The format called {@code label} (any case), or empty. */
  public static Optional<OutputFormat> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(label)).findFirst();
  }
}
