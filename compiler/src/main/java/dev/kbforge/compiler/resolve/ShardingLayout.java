package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.resolve.ComponentSlot.Origin;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Lays out one sharding: its ShardingDefinition, its template (whose componentDef defaults to the
 * ShardingDefinition's template compDef) and its shard templates (which either override compDef and
 * serviceVersion together or inherit what the template resolved to).
 */
final class ShardingLayout {
  private final ClusterLayoutBuilder builder;

  ShardingLayout(ClusterLayoutBuilder builder) {
    this.builder = builder;
  }

  void sharding(String pointer, JsonNode sharding) {
    String name = Nodes.text(sharding, "name");
    String shardingDef = Nodes.text(sharding, "shardingDef");
    String shardingDefPointer = pointer + "/shardingDef";
    String source = "shardingDef";
    TopologyResolution topology = builder.topology();
    Optional<JsonNode> fromTopology = topology.sharding(name);
    if (shardingDef.isEmpty() && fromTopology.isPresent()) {
      shardingDef = Nodes.text(fromTopology.get(), "shardingDef");
      shardingDefPointer = pointer + "/name";
      source = "shardingDef of sharding '" + name + "' in " + topology.describe();
    }
    ShardingDefResolution resolution = builder.definitions().shardingDefinition(shardingDef);
    builder.addSharding(
        new ShardingSlot(
            name, pointer, sharding, shardingDef, shardingDefPointer, source, resolution, ""));

    String templatePointer = pointer + "/template";
    JsonNode template = sharding.path("template");
    String compDef = Nodes.text(template, "componentDef");
    String compDefPointer = templatePointer + "/componentDef";
    String compDefSource = "componentDef";
    if (compDef.isEmpty() && resolution.resolved()) {
      compDef = templateCompDef(resolution);
      compDefPointer = shardingDefPointer;
      compDefSource =
          "template compDef of ShardingDefinition '" + shardingDefName(resolution) + "'";
    }
    builder.add(
        Origin.SHARDING, name, templatePointer, template, compDef, compDefPointer, compDefSource);
    List<JsonNode> shardTemplates = Nodes.items(sharding, "shardTemplates");
    for (int j = 0; j < shardTemplates.size(); j++) {
      shardTemplate(name, pointer + "/shardTemplates/" + j, shardTemplates.get(j), resolution);
    }
  }

  /** A sharding the topology has but the Cluster does not list: KubeBlocks adds it. */
  void fromTopology(String name, JsonNode topologySharding) {
    TopologyResolution topology = builder.topology();
    String where = builder.topologyPointer();
    String shardingDef = Nodes.text(topologySharding, "shardingDef");
    String source = "shardingDef of sharding '" + name + "' in " + topology.describe();
    ShardingDefResolution resolution = builder.definitions().shardingDefinition(shardingDef);
    builder.addSharding(
        new ShardingSlot(
            name, "", MissingNode.getInstance(), shardingDef, where, source, resolution, ""));
    if (resolution.resolved()) {
      String compDef = templateCompDef(resolution);
      builder.addSlot(
          new ComponentSlot(
              Origin.TOPOLOGY,
              name,
              "",
              MissingNode.getInstance(),
              compDef,
              where,
              "template compDef of ShardingDefinition '" + shardingDefName(resolution) + "'",
              "",
              where,
              builder.definitions().componentDefinition(compDef, "")));
    }
  }

  /**
   * A shard template either sets compDef and serviceVersion (together: one without the other clears
   * it) or reuses what the sharding template resolved to. Its own shardingDef must resolve.
   */
  private void shardTemplate(
      String shardingName, String pointer, JsonNode tpl, ShardingDefResolution shardingDef) {
    ShardingDefResolution resolution = shardingDef;
    String ownShardingDef = Nodes.text(tpl, "shardingDef");
    if (!ownShardingDef.isEmpty()) {
      resolution = builder.definitions().shardingDefinition(ownShardingDef);
      builder.addSharding(
          new ShardingSlot(
              shardingName,
              pointer,
              tpl,
              ownShardingDef,
              pointer + "/shardingDef",
              "shardingDef",
              resolution,
              Nodes.text(tpl, "name")));
    }
    if (!tpl.has("compDef") && !tpl.has("serviceVersion")) {
      return;
    }
    String compDef = Nodes.text(tpl, "compDef");
    String compDefPointer = pointer + "/compDef";
    String source = "compDef";
    if (compDef.isEmpty() && resolution.resolved()) {
      compDef = templateCompDef(resolution);
      compDefPointer = ownShardingDef.isEmpty() ? pointer + "/name" : pointer + "/shardingDef";
      source = "template compDef of ShardingDefinition '" + shardingDefName(resolution) + "'";
    }
    String version = Nodes.text(tpl, "serviceVersion");
    String versionPointer = version.isEmpty() ? compDefPointer : pointer + "/serviceVersion";
    builder.add(
        Origin.SHARD_TEMPLATE,
        Nodes.text(tpl, "name"),
        pointer,
        tpl,
        compDef,
        compDefPointer,
        source,
        version,
        versionPointer);
  }

  private static String templateCompDef(ShardingDefResolution resolution) {
    return resolution
        .definition()
        .map(d -> Nodes.text(d.root().path("spec").path("template"), "compDef"))
        .orElse("");
  }

  private static String shardingDefName(ShardingDefResolution resolution) {
    return resolution.definition().map(d -> d.name()).orElse(resolution.pattern());
  }
}
