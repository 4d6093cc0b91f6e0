package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** A var takes its value from {@code value} or from {@code valueFrom}, not both (KB3113). */
public final class VarValueCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (Located var : Located.spec(doc).items("vars")) {
        // an empty value is the same as none, as in Go
        if (!var.text("value").isEmpty() && var.get("valueFrom").present()) {
          reporter.key(
              Code.KB3113,
              doc,
              var.get("valueFrom").pointer(),
              "var '" + var.text("name") + "' sets both value and valueFrom",
              "keep one; use 'expression' to derive a value from a valueFrom source");
        }
      }
    }
  }
}
