package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.DefinitionResolver;
import dev.kbforge.compiler.resolve.TopologyResolution;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * KB4010, KB4011, KB4012: a Cluster's clusterDef names a ClusterDefinition of the input set, and
 * its topology (the default one when omitted) exists there.
 */
public final class ClusterDefinitionRefCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    DefinitionResolver definitions = DefinitionResolver.of(inputs);
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      TopologyResolution topology = definitions.topology(cluster);
      switch (topology.status()) {
        case CLUSTER_DEF_NOT_FOUND ->
            reporter.value(
                Code.KB4010,
                cluster,
                "/spec/clusterDef",
                "ClusterDefinition '" + topology.clusterDef() + "' is not in the input set",
                ClusterHints.unknown(
                    topology.clusterDef(),
                    inputs.names(Kind.CLUSTER_DEFINITION),
                    "ClusterDefinitions in the input set"));
        case TOPOLOGY_NOT_FOUND ->
            reporter.value(
                Code.KB4011,
                cluster,
                "/spec/topology",
                "ClusterDefinition '"
                    + topology.clusterDef()
                    + "' has no topology '"
                    + topology.topologyName()
                    + "'",
                ClusterHints.unknown(
                    topology.topologyName(), topology.topologyNames(), "topologies"));
        case NO_DEFAULT ->
            reporter.value(
                Code.KB4012,
                cluster,
                "/spec/clusterDef",
                "no topology is set and ClusterDefinition '"
                    + topology.clusterDef()
                    + "' has no default topology",
                topology.topologyNames().isEmpty()
                    ? "the ClusterDefinition defines no topologies"
                    : "set spec.topology to one of: "
                        + ClusterHints.list(topology.topologyNames()));
        default -> {}
      }
    }
  }
}
