package dev.kbforge.compiler.resolve;

import tools.jackson.databind.JsonNode;

/**
 * One sharding of a Cluster (or one of its shard templates) with its ShardingDefinition.
 *
 * @param name the sharding name
 * @param pointer {@code spec.shardings[i]}, or {@code ""} for a sharding the topology adds
 * @param spec that object, a missing node for a sharding the topology adds
 * @param shardingDef the reference: the sharding's own or the topology's
 * @param shardingDefPointer where to point when it does not resolve
 * @param shardingDefSource where the reference comes from, for messages
 * @param resolution the outcome
 * @param shardTemplate {@code ""} for the sharding itself, else the name of the shard template that
 *     sets its own shardingDef
 */
public record ShardingSlot(
    String name,
    String pointer,
    JsonNode spec,
    String shardingDef,
    String shardingDefPointer,
    String shardingDefSource,
    ShardingDefResolution resolution,
    String shardTemplate) {}
