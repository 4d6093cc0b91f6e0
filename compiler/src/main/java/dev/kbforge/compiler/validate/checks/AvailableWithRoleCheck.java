package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** available.withRole names a defined role (KB3129). */
public final class AvailableWithRoleCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located role = Located.spec(doc).get("available", "withRole");
      CmpdFacts facts = CmpdFacts.of(doc);
      if (!role.text().isEmpty() && !facts.hasRole(role.text())) {
        reporter.value(
            Code.KB3129,
            doc,
            role.pointer(),
            "available.withRole names role '" + role.text() + "', which is not defined",
            Hints.unknown(role.text(), "role", facts.roles()));
      }
    }
  }
}
