package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One component of a Cluster after resolution, ready to be lowered (KubeBlocks'
 * SynthesizedComponent). A sharding yields one of these per shard.
 *
 * @param cluster the owning cluster
 * @param name the component name inside the cluster ({@code redis}, or {@code shard-x7k} for a
 *     shard: {@code <sharding>-<3 chars derived from names>})
 * @param fullName {@code <cluster>-<name>}: InstanceSet, Component and Service base name
 * @param shardingName the sharding this shard belongs to, {@code ""} for a plain component
 * @param spec the ClusterComponentSpec (for a shard: the sharding template), never null
 * @param specPointer JSON Pointer of {@code spec} inside the Cluster document, for diagnostics
 * @param definition the chosen ComponentDefinition document
 * @param serviceVersion the chosen serviceVersion ({@code ""} when none is offered)
 * @param images image per container name and per lifecycle-action name, as KubeBlocks chooses them
 *     (release image over the definition's own); containers absent here keep their image
 * @param replicas the desired replicas
 */
public record SynthesizedComponent(
    ClusterInfo cluster,
    String name,
    String fullName,
    String shardingName,
    JsonNode spec,
    String specPointer,
    SourceDocument definition,
    String serviceVersion,
    Map<String, String> images,
    int replicas) {

  public SynthesizedComponent {
    images = Map.copyOf(images);
  }

  /** The ComponentDefinition's name. */
  public String definitionName() {
    return definition.name();
  }

  /** The ComponentDefinition's spec. */
  public JsonNode definitionSpec() {
    return definition.root().path("spec");
  }

  public boolean isShard() {
    return !shardingName.isEmpty();
  }
}
