package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** Every component service needs at least one port in its spec (KB3111). */
public final class ServicePortsCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (Located service : Located.spec(doc).items("services")) {
        if (service.get("spec").size("ports") == 0) {
          reporter.value(
              Code.KB3111,
              doc,
              service.get("name").pointer(),
              "service '" + service.text("name") + "' has no ports",
              "add at least one entry to spec.ports");
        }
      }
    }
  }
}
