package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.gotemplate.TemplateException;

/** A Go template's failure as a diagnostic at the template's line and column in its source. */
public final class GoTemplateErrors {
  private GoTemplateErrors() {}

  /** The diagnostic code of a failure kind. */
  public static Code code(TemplateException.Kind kind) {
    return switch (kind) {
      case PARSE -> Code.KB5700;
      case UNSUPPORTED_FUNCTION -> Code.KB5701;
      case NONDETERMINISTIC_FUNCTION -> Code.KB5702;
      case EXEC -> Code.KB5703;
      case LIMIT -> Code.KB5704;
    };
  }

  /**
   * Reports {@code failure} of the template at {@code origin}.
   *
   * @param what the template as the message names it, e.g. {@code redis.conf of template
   *     redis-config}
   */
  public static void report(
      TemplateException failure, TemplateOrigin origin, String what, Reporter reporter) {
    Code code = code(failure.kind());
    reporter.at(
        code,
        code.severity(),
        origin.file(),
        origin.at(failure.line(), failure.column()),
        what + ": " + failure.detail(),
        hint(failure.kind()));
  }

  private static String hint(TemplateException.Kind kind) {
    return switch (kind) {
      case PARSE -> "the text must be a Go text/template";
      case UNSUPPORTED_FUNCTION -> "docs/gotemplate.md lists the functions kbforge supports";
      case NONDETERMINISTIC_FUNCTION ->
          "kbforge's output must be reproducible: pass the value in through a var or variables";
      case EXEC ->
          "KubeBlocks renders with missingkey=error: every key the template reads must exist";
      case LIMIT -> "a template may run at most 1,000,000 steps and write 16 Mi characters";
    };
  }
}
