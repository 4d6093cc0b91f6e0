package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.Locale;

/**
 * Role names should be lower case: the roleProbe output is lower-cased before it becomes the pod's
 * role label, so a mixed-case role never appears on a pod as written (KB3134).
 */
public final class RoleNameCaseCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (Located role : Located.spec(doc).names("roles", "name")) {
        String lower = role.text().toLowerCase(Locale.ROOT);
        if (!lower.equals(role.text())) {
          reporter.value(
              Code.KB3134,
              doc,
              role.pointer(),
              "role '" + role.text() + "' is not lower case",
              "pods are labelled with the lower-cased probe output; write '" + lower + "'");
        }
      }
    }
  }
}
