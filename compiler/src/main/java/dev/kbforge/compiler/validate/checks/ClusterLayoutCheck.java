package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.DefinitionResolver;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** A Cluster rule that works on the Cluster as resolved against the definitions of the set. */
abstract class ClusterLayoutCheck implements Check {
  @Override
  public final void run(InputSet inputs, Reporter reporter) {
    DefinitionResolver definitions = DefinitionResolver.of(inputs);
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      check(definitions.layout(cluster), reporter);
    }
  }

  abstract void check(ClusterLayout layout, Reporter reporter);
}
