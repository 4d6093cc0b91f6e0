package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * kbagent runs every lifecycle exec action from one image and in one container, so all actions that
 * set {@code image} (KB3123) or {@code container} (KB3124) must agree. Each action that differs
 * from the first one KubeBlocks visits is reported.
 */
public final class ExecSharedContainerCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located spec = Located.spec(doc);
      checkField(doc, spec, "image", Code.KB3123, reporter);
      checkField(doc, spec, "container", Code.KB3124, reporter);
    }
  }

  private static void checkField(
      SourceDocument doc, Located spec, String field, Code code, Reporter reporter) {
    ExecActions.Exec first = null;
    for (ExecActions.Exec exec : ExecActions.shared(spec)) {
      String value = exec.exec().text(field);
      if (value.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = exec;
      } else if (!value.equals(first.exec().text(field))) {
        reporter.value(
            code,
            doc,
            exec.exec().get(field).pointer(),
            "action "
                + exec.action()
                + " uses "
                + field
                + " '"
                + value
                + "' but action "
                + first.action()
                + " uses '"
                + first.exec().text(field)
                + "'",
            "kbagent runs all lifecycle exec actions with one " + field + "; use the same one");
      }
    }
  }
}
