package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.resolve.TopologyResolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Orders a cluster's components as the topology's {@code orders.provision} lists them (an entry may
 * group several names with commas; a template topology component covers every component it is a
 * prefix of; a sharding name covers its shards). Components the order does not name, and every
 * component when there is no order, keep the Cluster's order: componentSpecs, the components the
 * topology adds, then shardings.
 */
final class ProvisionOrder {
  private ProvisionOrder() {}

  static List<SynthesizedComponent> sort(
      List<SynthesizedComponent> components, TopologyResolution topology) {
    List<JsonNode> entries = Nodes.items(topology.topology().path("orders"), "provision");
    if (entries.isEmpty()) {
      return components;
    }
    List<SynthesizedComponent> sorted = new ArrayList<>(components);
    sorted.sort(Comparator.comparingInt(c -> rank(c, entries, topology)));
    return sorted;
  }

  private static int rank(
      SynthesizedComponent c, List<JsonNode> entries, TopologyResolution topology) {
    String name =
        c.isShard()
            ? c.shardingName()
            : topology.component(c.name()).map(t -> Nodes.text(t, "name")).orElse(c.name());
    for (int i = 0; i < entries.size(); i++) {
      if (!entries.get(i).isString()) {
        continue;
      }
      for (String member : entries.get(i).asString().split(",")) {
        if (member.trim().equals(name)) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE;
  }
}
