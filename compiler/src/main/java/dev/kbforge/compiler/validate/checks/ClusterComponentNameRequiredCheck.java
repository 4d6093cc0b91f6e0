package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** KB4005: a component needs a name; only a sharding's template may leave it out. */
public final class ClusterComponentNameRequiredCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      List<JsonNode> specs = Nodes.items(cluster.root().path("spec"), "componentSpecs");
      for (int i = 0; i < specs.size(); i++) {
        if (Nodes.text(specs.get(i), "name").isEmpty()) {
          String pointer = "/spec/componentSpecs/" + i;
          reporter.value(
              Code.KB4005,
              cluster,
              specs.get(i).has("name") ? pointer + "/name" : pointer,
              "component " + i + " has no name",
              "the name becomes part of every object name of the component: set 'name'");
        }
      }
    }
  }
}
