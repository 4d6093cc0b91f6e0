package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * KB4006: a component and a sharding cannot share a name (KubeBlocks' normalisation post-check).
 */
public final class ClusterComponentShardingClashCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      JsonNode spec = cluster.root().path("spec");
      Set<String> components = new TreeSet<>(Nodes.names(spec, "componentSpecs"));
      List<JsonNode> shardings = Nodes.items(spec, "shardings");
      for (int i = 0; i < shardings.size(); i++) {
        String name = Nodes.text(shardings.get(i), "name");
        if (components.contains(name)) {
          reporter.value(
              Code.KB4006,
              cluster,
              "/spec/shardings/" + i + "/name",
              "sharding '" + name + "' has the name of a component",
              "components and shardings share one name space: rename one of them");
        }
      }
    }
  }
}
