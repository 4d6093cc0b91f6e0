package dev.kbforge.compiler.format;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;

/**
 * GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations on
 * the pull request:
 *
 * <pre>
 * ::error file=addons/redis/cmpd.yaml,line=42,col=7,title=KB2103::role 'leader' is not defined
 * </pre>
 *
 * then the summary as a plain log line. {@code line} and {@code col} are left out when unknown.
 */
final class GithubFormatter {
  private GithubFormatter() {}

  static String format(ValidateResult result) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : result.diagnostics()) {
      out.append("::").append(d.severity().label()).append(" file=").append(property(d.file()));
      if (d.line() > 0) {
        out.append(",line=").append(d.line());
        if (d.column() > 0) {
          out.append(",col=").append(d.column());
        }
      }
      out.append(",title=").append(property(d.code()));
      String message = d.hint().isEmpty() ? d.message() : d.message() + "\nhint: " + d.hint();
      out.append("::").append(data(message)).append('\n');
    }
    out.append(TextFormatter.summary(result)).append('\n');
    return out.toString();
  }

  /** Escapes a command's message the way the Actions runner unescapes it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as {@link #data}, plus the ':' and ',' that delimit properties. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
