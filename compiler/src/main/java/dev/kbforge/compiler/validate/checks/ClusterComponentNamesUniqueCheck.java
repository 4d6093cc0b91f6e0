package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** KB4001: componentSpecs names are unique (the Cluster CRD's CEL rule "duplicated component"). */
public final class ClusterComponentNamesUniqueCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      DuplicateNames.report(
          cluster,
          "/spec/componentSpecs",
          Nodes.items(cluster.root().path("spec"), "componentSpecs"),
          Code.KB4001,
          "component",
          reporter);
    }
  }
}
