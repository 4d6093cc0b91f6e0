package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Cluster as KubeBlocks normalises it, with every definition reference resolved: its topology,
 * its components (including those the topology adds), shardings, shard and instance templates.
 * Resolution failures are values here; checks report them.
 */
public final class ClusterLayout {
  private final SourceDocument cluster;
  private final DefinitionResolver definitions;
  private final TopologyResolution topology;
  private final List<ComponentSlot> slots;
  private final List<ShardingSlot> shardings;

  ClusterLayout(
      SourceDocument cluster,
      DefinitionResolver definitions,
      TopologyResolution topology,
      List<ComponentSlot> slots,
      List<ShardingSlot> shardings) {
    this.cluster = cluster;
    this.definitions = definitions;
    this.topology = topology;
    this.slots = List.copyOf(slots);
    this.shardings = List.copyOf(shardings);
  }

  /** Resolves one Cluster against the definitions the resolver knows. */
  public static ClusterLayout of(SourceDocument cluster, DefinitionResolver definitions) {
    return new ClusterLayoutBuilder(cluster, definitions).build();
  }

  public SourceDocument cluster() {
    return cluster;
  }

  /** The resolver this layout was built with (for hints about what the input set holds). */
  public DefinitionResolver definitions() {
    return definitions;
  }

  public TopologyResolution topology() {
    return topology;
  }

  /**
   * Every slot, in Cluster order: components, topology additions, shardings and their templates.
   */
  public List<ComponentSlot> slots() {
    return slots;
  }

  /** The ClusterComponentSpecs the user wrote: components and sharding templates. */
  public List<ComponentSlot> componentSpecs() {
    return slots.stream().filter(ComponentSlot::isComponentSpec).toList();
  }

  public List<ShardingSlot> shardings() {
    return shardings;
  }

  /** Names of the components the Cluster will have (its own plus those the topology adds). */
  public Set<String> componentNames() {
    Set<String> names = new LinkedHashSet<>();
    for (ComponentSlot slot : slots) {
      if (slot.origin() == ComponentSlot.Origin.COMPONENT
          || slot.origin() == ComponentSlot.Origin.TOPOLOGY) {
        names.add(slot.name());
      }
    }
    return names;
  }

  /** The slot of a component or sharding (its template) by name. */
  public Optional<ComponentSlot> componentOrSharding(String name) {
    return slots.stream()
        .filter(
            s ->
                s.name().equals(name)
                    && (s.origin() == ComponentSlot.Origin.COMPONENT
                        || s.origin() == ComponentSlot.Origin.TOPOLOGY
                        || s.origin() == ComponentSlot.Origin.SHARDING))
        .findFirst();
  }

  /** Names of the Cluster's shardings (its own plus those the topology adds). */
  public Set<String> shardingNames() {
    Set<String> names = new LinkedHashSet<>();
    shardings.forEach(s -> names.add(s.name()));
    return names;
  }

  /** The shardings themselves, without the shard templates that set their own shardingDef. */
  public List<ShardingSlot> shardingsOnly() {
    return shardings.stream().filter(s -> s.shardTemplate().isEmpty()).toList();
  }
}
