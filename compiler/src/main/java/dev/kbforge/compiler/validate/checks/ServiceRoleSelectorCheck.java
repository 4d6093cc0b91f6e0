package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** A service's roleSelector names a defined role, compared case-insensitively (KB3112). */
public final class ServiceRoleSelectorCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      CmpdFacts facts = CmpdFacts.of(doc);
      for (Located service : Located.spec(doc).items("services")) {
        Located selector = service.get("roleSelector");
        if (!selector.text().isEmpty() && !facts.hasRole(selector.text())) {
          reporter.value(
              Code.KB3112,
              doc,
              selector.pointer(),
              "role '"
                  + selector.text()
                  + "' named by service '"
                  + service.text("name")
                  + "' is not defined",
              Hints.unknown(selector.text(), "role", facts.roles()));
        }
      }
    }
  }
}
