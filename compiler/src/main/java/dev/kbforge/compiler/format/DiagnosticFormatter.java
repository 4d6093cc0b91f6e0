package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.ValidateResult;

/** Renders a result in one of the {@link OutputFormat}s. Pure: returns the text to print. */
public final class DiagnosticFormatter {
  private DiagnosticFormatter() {}

  public static String format(ValidateResult result, OutputFormat format) {
    return switch (format) {
      case TEXT -> TextFormatter.format(result);
      default -> TextFormatter.format(result); // json, sarif, github: to be written
    };
  }
}
