package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** available.withProbe judges the output of lifecycleActions.availableProbe (KB3131). */
public final class AvailableWithProbeCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located spec = Located.spec(doc);
      Located probe = spec.get("available", "withProbe");
      if (probe.present() && !spec.get("lifecycleActions", "availableProbe").isObject()) {
        reporter.key(
            Code.KB3131,
            doc,
            probe.pointer(),
            "available.withProbe is set but lifecycleActions.availableProbe is not defined",
            "define the availableProbe action whose results withProbe evaluates");
      }
    }
  }
}
