package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/** At most one topology of a ClusterDefinition may be the default (KB3002). */
public final class DefaultTopologyCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.CLUSTER_DEFINITION)) {
      String first = null;
      for (Located topology : Located.spec(doc).items("topologies")) {
        if (!topology.isTrue("default")) {
          continue;
        }
        if (first == null) {
          first = topology.text("name");
        } else {
          reporter.value(
              Code.KB3002,
              doc,
              topology.get("default").pointer(),
              "topology '" + topology.text("name") + "' is a second default topology",
              "'" + first + "' is already the default; keep 'default: true' on one topology");
        }
      }
    }
  }
}
