package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One place in a Cluster that KubeBlocks resolves to a ComponentDefinition and serviceVersion: a
 * component, a component the topology adds on its own, a sharding's template, a shard template or
 * an instance template. Pointers are into the Cluster document, so findings point at what the user
 * wrote.
 *
 * @param origin where it comes from
 * @param name the component (or sharding, or template) name
 * @param pointer the spec object in the Cluster, {@code ""} for what the topology adds
 * @param spec that object, a missing node for what the topology adds
 * @param compDef the reference resolved: the spec's own, or the topology's or ShardingDefinition's
 * @param compDefPointer where to point when the reference does not resolve
 * @param compDefSource where the reference comes from, for messages (e.g. "componentDef")
 * @param serviceVersion the version asked for, {@code ""} for the latest
 * @param serviceVersionPointer where to point when the version is not offered
 * @param resolution the outcome
 */
public record ComponentSlot(
    Origin origin,
    String name,
    String pointer,
    JsonNode spec,
    String compDef,
    String compDefPointer,
    String compDefSource,
    String serviceVersion,
    String serviceVersionPointer,
    CompDefResolution resolution) {

  public enum Origin {
    /** {@code spec.componentSpecs[i]} */
    COMPONENT,
    /** a non-template topology component the Cluster does not list (KubeBlocks adds it) */
    TOPOLOGY,
    /** {@code spec.shardings[i].template} */
    SHARDING,
    /** {@code spec.shardings[i].shardTemplates[j]} */
    SHARD_TEMPLATE,
    /** {@code instances[k]} of a component, sharding template or shard template */
    INSTANCE
  }

  /**
   * Whether this is a full ClusterComponentSpec the user wrote (a component or sharding template).
   */
  public boolean isComponentSpec() {
    return origin == Origin.COMPONENT || origin == Origin.SHARDING;
  }

  /** The chosen ComponentDefinition, when resolved. */
  public Optional<SourceDocument> definition() {
    return resolution.definition();
  }

  /** A JSON Pointer below this slot's spec object. */
  public String at(String relative) {
    return pointer + relative;
  }
}
