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

/**
 * KB4015, KB4016: a Cluster without clusterDef names its definitions itself: no topology, every
 * component a componentDef, every sharding a shardingDef or a template componentDef. When some
 * components set componentDef and others do not, KB4002 says so instead.
 */
public final class ClusterWithoutClusterDefCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      JsonNode spec = cluster.root().path("spec");
      if (!Nodes.text(spec, "clusterDef").isEmpty()) {
        continue;
      }
      if (spec.has("topology")) {
        reporter.value(
            Code.KB4016,
            cluster,
            "/spec/topology",
            "topology is set but clusterDef is not",
            "a topology belongs to a ClusterDefinition: set spec.clusterDef too");
      }
      List<JsonNode> components = Nodes.items(spec, "componentSpecs");
      if (components.stream().noneMatch(c -> c.has("componentDef"))) {
        for (int i = 0; i < components.size(); i++) {
          reporter.value(
              Code.KB4015,
              cluster,
              "/spec/componentSpecs/" + i + "/name",
              "component '"
                  + Nodes.text(components.get(i), "name")
                  + "' has no componentDef and the Cluster has no clusterDef",
              "set componentDef, or set clusterDef to a ClusterDefinition whose topology has it");
        }
      }
      List<JsonNode> shardings = Nodes.items(spec, "shardings");
      for (int i = 0; i < shardings.size(); i++) {
        JsonNode sharding = shardings.get(i);
        if (Nodes.text(sharding, "shardingDef").isEmpty()
            && Nodes.text(sharding.path("template"), "componentDef").isEmpty()) {
          reporter.value(
              Code.KB4015,
              cluster,
              "/spec/shardings/" + i + "/name",
              "sharding '"
                  + Nodes.text(sharding, "name")
                  + "' has neither shardingDef nor template.componentDef, and the Cluster has"
                  + " no clusterDef",
              "set shardingDef (or template.componentDef), or set clusterDef");
        }
      }
    }
  }
}
