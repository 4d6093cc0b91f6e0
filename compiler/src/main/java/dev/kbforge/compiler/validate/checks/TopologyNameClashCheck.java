package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.HashSet;
import java.util.Set;

/**
 * A topology's components and shardings share one name space (KB3005): both become Components named
 * after them, and orders list them side by side.
 */
public final class TopologyNameClashCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.CLUSTER_DEFINITION)) {
      for (Located topology : Located.spec(doc).items("topologies")) {
        Set<String> components = new HashSet<>();
        topology.names("components", "name").forEach(n -> components.add(n.text()));
        for (Located sharding : topology.names("shardings", "name")) {
          if (components.contains(sharding.text())) {
            reporter.value(
                Code.KB3005,
                doc,
                sharding.pointer(),
                "sharding '"
                    + sharding.text()
                    + "' has the name of a component of topology '"
                    + topology.text("name")
                    + "'",
                "give the sharding and the component different names");
          }
        }
      }
    }
  }
}
