package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;

/** available.withPhases is a comma-separated list of component phases (KB3130). */
public final class AvailableWithPhasesCheck implements Check {
  static final List<String> PHASES =
      List.of(
          "Creating",
          "Deleting",
          "Updating",
          "Stopping",
          "Starting",
          "Running",
          "Stopped",
          "Failed");

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located phases = Located.spec(doc).get("available", "withPhases");
      if (!phases.json().isString()) {
        continue;
      }
      for (String part : phases.text().split(",", -1)) {
        String phase = part.trim();
        if (!PHASES.contains(phase)) {
          reporter.value(
              Code.KB3130,
              doc,
              phases.pointer(),
              "available.withPhases names '" + phase + "', which is not a component phase",
              Hints.unknown(phase, "phase", PHASES));
        }
      }
    }
  }
}
