package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;

/**
 * Shards are provisioned and updated either one by one or all at once: the CRD's enum also allows
 * BestEffortParallel, but the controller rejects it for shardings (KB3305).
 */
public final class ShardingStrategyCheck implements Check {
  private static final List<String> SUPPORTED = List.of("Serial", "Parallel");

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.SHARDING_DEFINITION)) {
      for (String field : List.of("provisionStrategy", "updateStrategy")) {
        Located strategy = Located.spec(doc).get(field);
        if (strategy.json().isString() && !SUPPORTED.contains(strategy.text())) {
          reporter.value(
              Code.KB3305,
              doc,
              strategy.pointer(),
              field + " '" + strategy.text() + "' is not supported for shardings",
              "use Serial or Parallel");
        }
      }
    }
  }
}
