package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** shardsLimit: minShards may not exceed maxShards (the CRD's CEL rule) (KB3301). */
public final class ShardsLimitCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.SHARDING_DEFINITION)) {
      Located limit = Located.spec(doc).get("shardsLimit");
      Limits.check(limit, "minShards", "maxShards", Code.KB3301, doc, reporter);
    }
  }
}
