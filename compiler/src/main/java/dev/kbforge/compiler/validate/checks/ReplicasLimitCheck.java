package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** replicasLimit: minReplicas may not exceed maxReplicas (the CRD's CEL rule) (KB3128). */
public final class ReplicasLimitCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located limit = Located.spec(doc).get("replicasLimit");
      Limits.check(limit, "minReplicas", "maxReplicas", Code.KB3128, doc, reporter);
    }
  }
}
