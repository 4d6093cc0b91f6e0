package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The ClusterDefinition and topology a Cluster uses. An omitted {@code topology} means the
 * ClusterDefinition's default one.
 *
 * @param status what happened
 * @param clusterDef the Cluster's {@code clusterDef} ({@code ""} when not set)
 * @param definition the ClusterDefinition, when found
 * @param topologyName the topology asked for, or the default's name once resolved
 * @param topology the topology object when {@link Status#RESOLVED}, else a missing node
 * @param topologyNames every topology name of the ClusterDefinition (for hints)
 */
public record TopologyResolution(
    Status status,
    String clusterDef,
    Optional<SourceDocument> definition,
    String topologyName,
    JsonNode topology,
    List<String> topologyNames) {

  public enum Status {
    /** The Cluster has no clusterDef: every component names its own definition. */
    NONE,
    /** No ClusterDefinition of that name is in the input set. */
    CLUSTER_DEF_NOT_FOUND,
    /** The ClusterDefinition has schema errors: already reported, not checked further. */
    UNCHECKED,
    /** The named topology is not in the ClusterDefinition. */
    TOPOLOGY_NOT_FOUND,
    /** No topology was named and none is marked default. */
    NO_DEFAULT,
    RESOLVED
  }

  public TopologyResolution {
    topologyNames = List.copyOf(topologyNames);
  }

  public boolean resolved() {
    return status == Status.RESOLVED;
  }

  /**
   * The topology component a Cluster component belongs to: same name, or a {@code template}
   * component whose name is a prefix of it.
   */
  public Optional<JsonNode> component(String name) {
    for (JsonNode comp : Nodes.items(topology, "components")) {
      if (matches(comp, name)) {
        return Optional.of(comp);
      }
    }
    return Optional.empty();
  }

  /** The topology sharding of that exact name. */
  public Optional<JsonNode> sharding(String name) {
    for (JsonNode sharding : Nodes.items(topology, "shardings")) {
      if (Nodes.text(sharding, "name").equals(name)) {
        return Optional.of(sharding);
      }
    }
    return Optional.empty();
  }

  /** KubeBlocks' {@code clusterTopologyCompMatched}. */
  public static boolean matches(JsonNode topologyComponent, String name) {
    String compName = Nodes.text(topologyComponent, "name");
    return compName.equals(name)
        || (Nodes.isTrue(topologyComponent, "template") && name.startsWith(compName));
  }

  /**
   * How to name this topology in messages, e.g. "topology 'replication' of ClusterDefinition
   * 'redis'".
   */
  public String describe() {
    return "topology '" + topologyName + "' of ClusterDefinition '" + clusterDef + "'";
  }
}
