package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** KB4003: sharding names are unique (shardings is a list-map keyed by name). */
public final class ClusterShardingNamesUniqueCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      DuplicateNames.report(
          cluster,
          "/spec/shardings",
          Nodes.items(cluster.root().path("spec"), "shardings"),
          Code.KB4003,
          "sharding",
          reporter);
    }
  }
}
