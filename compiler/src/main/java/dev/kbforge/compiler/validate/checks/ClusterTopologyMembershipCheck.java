package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.resolve.TopologyResolution;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * KB4013, KB4014: with a clusterDef, every component and sharding of the Cluster appears in the
 * topology (a template topology component matches every name it prefixes).
 */
public final class ClusterTopologyMembershipCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    TopologyResolution topology = layout.topology();
    if (!topology.resolved()) {
      return;
    }
    SourceDocument cluster = layout.cluster();
    JsonNode spec = cluster.root().path("spec");
    List<String> topologyComponents = Nodes.names(topology.topology(), "components");
    List<JsonNode> components = Nodes.items(spec, "componentSpecs");
    for (int i = 0; i < components.size(); i++) {
      String name = Nodes.text(components.get(i), "name");
      if (!name.isEmpty() && topology.component(name).isEmpty()) {
        reporter.value(
            Code.KB4013,
            cluster,
            "/spec/componentSpecs/" + i + "/name",
            "component '" + name + "' is not defined in " + topology.describe(),
            ClusterHints.unknown(name, topologyComponents, "components of the topology"));
      }
    }
    List<String> topologyShardings = Nodes.names(topology.topology(), "shardings");
    List<JsonNode> shardings = Nodes.items(spec, "shardings");
    for (int i = 0; i < shardings.size(); i++) {
      String name = Nodes.text(shardings.get(i), "name");
      if (!name.isEmpty() && topology.sharding(name).isEmpty()) {
        reporter.value(
            Code.KB4014,
            cluster,
            "/spec/shardings/" + i + "/name",
            "sharding '" + name + "' is not defined in " + topology.describe(),
            ClusterHints.unknown(name, topologyShardings, "shardings of the topology"));
      }
    }
  }
}
