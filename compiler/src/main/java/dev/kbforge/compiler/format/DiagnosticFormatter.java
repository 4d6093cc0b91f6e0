package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.RenderResult;
import dev.kbforge.compiler.api.ValidateResult;

/** Renders a result in one of the {@link OutputFormat}s. Pure: returns the text to print. */
public final class DiagnosticFormatter {
  private DiagnosticFormatter() {}

  /**
   * @param toolVersion kbforge's version, named in SARIF's tool driver
   */
  public static String format(ValidateResult result, OutputFormat format, String toolVersion) {
    return switch (format) {
      case TEXT -> TextFormatter.format(result);
      case JSON -> JsonFormatter.format(result);
      case SARIF -> SarifFormatter.format(result, toolVersion);
      case GITHUB -> GithubFormatter.format(result);
    };
  }

  /**
   * A render's diagnostics; in the json format the write summary is part of the object (as {@code
   * "write"}), in the others the caller prints it as a line.
   *
   * @param out the output folder as the user named it
   */
  public static String format(
      RenderResult result, String out, OutputFormat format, String toolVersion) {
    return format == OutputFormat.JSON
        ? JsonFormatter.format(result, out)
        : format(result.asValidateResult(), format, toolVersion);
  }

  /** As above, with the version of the compiler on the classpath. */
  public static String format(ValidateResult result, OutputFormat format) {
    return format(result, format, Kbforge.create().version());
  }
}
