package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A definition-name pattern must compile as a regular expression: KubeBlocks compiles every such
 * reference and marks the definition Unavailable when one fails.
 */
final class PatternCompilesCheck implements Check {
  private final Kind kind;
  private final Code code;
  private final String what;
  private final Function<Located, List<Located>> patterns;

  PatternCompilesCheck(
      Kind kind, Code code, String what, Function<Located, List<Located>> patterns) {
    this.kind = kind;
    this.code = code;
    this.what = what;
    this.patterns = patterns;
  }

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(kind)) {
      for (Located pattern : patterns.apply(Located.spec(doc))) {
        Optional<String> error = NameMatcher.compileError(pattern.text());
        error.ifPresent(
            e ->
                reporter.value(
                    code,
                    doc,
                    pattern.pointer(),
                    what + " '" + pattern.text() + "' is not a valid regular expression: " + e,
                    "write an exact name, a name prefix, or a valid regular expression"));
      }
    }
  }
}
