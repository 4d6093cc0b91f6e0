package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.resolve.ComponentSlot.Origin;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Builds a {@link ClusterLayout} (KubeBlocks' {@code transformer_cluster_normalization}). */
final class ClusterLayoutBuilder {
  private final SourceDocument cluster;
  private final DefinitionResolver definitions;
  private final TopologyResolution topology;
  private final List<ComponentSlot> slots = new ArrayList<>();
  private final List<ShardingSlot> shardings = new ArrayList<>();

  ClusterLayoutBuilder(SourceDocument cluster, DefinitionResolver definitions) {
    this.cluster = cluster;
    this.definitions = definitions;
    this.topology = definitions.topology(cluster);
  }

  ClusterLayout build() {
    JsonNode spec = cluster.root().path("spec");
    List<JsonNode> components = Nodes.items(spec, "componentSpecs");
    for (int i = 0; i < components.size(); i++) {
      component("/spec/componentSpecs/" + i, components.get(i));
    }
    if (topology.resolved()) {
      topologyComponents(components);
    }
    List<JsonNode> specShardings = Nodes.items(spec, "shardings");
    for (int i = 0; i < specShardings.size(); i++) {
      new ShardingLayout(this).sharding("/spec/shardings/" + i, specShardings.get(i));
    }
    if (topology.resolved()) {
      for (JsonNode sharding : Nodes.items(topology.topology(), "shardings")) {
        String name = Nodes.text(sharding, "name");
        if (specShardings.stream().noneMatch(s -> Nodes.text(s, "name").equals(name))) {
          new ShardingLayout(this).fromTopology(name, sharding);
        }
      }
    }
    return new ClusterLayout(cluster, definitions, topology, slots, shardings);
  }

  private void component(String pointer, JsonNode spec) {
    String name = Nodes.text(spec, "name");
    String own = Nodes.text(spec, "componentDef");
    String compDef = own;
    String compDefPointer = pointer + "/componentDef";
    String source = "componentDef";
    Optional<JsonNode> fromTopology = topology.component(name);
    if (own.isEmpty() && fromTopology.isPresent()) {
      compDef = Nodes.text(fromTopology.get(), "compDef");
      compDefPointer = pointer + "/name";
      source =
          "compDef of component '"
              + Nodes.text(fromTopology.get(), "name")
              + "' in "
              + topology.describe();
    }
    add(Origin.COMPONENT, name, pointer, spec, compDef, compDefPointer, source);
  }

  /** Non-template topology components the Cluster does not list: KubeBlocks adds them. */
  private void topologyComponents(List<JsonNode> components) {
    String where = topologyPointer();
    for (JsonNode comp : Nodes.items(topology.topology(), "components")) {
      if (Nodes.isTrue(comp, "template")
          || components.stream()
              .anyMatch(c -> TopologyResolution.matches(comp, Nodes.text(c, "name")))) {
        continue;
      }
      String name = Nodes.text(comp, "name");
      String compDef = Nodes.text(comp, "compDef");
      String source = "compDef of component '" + name + "' in " + topology.describe();
      slots.add(
          new ComponentSlot(
              Origin.TOPOLOGY,
              name,
              "",
              MissingNode.getInstance(),
              compDef,
              where,
              source,
              "",
              where,
              definitions.componentDefinition(compDef, "")));
    }
  }

  /** Adds a slot for a spec object and then for its instance templates. */
  ComponentSlot add(
      Origin origin,
      String name,
      String pointer,
      JsonNode spec,
      String compDef,
      String compDefPointer,
      String source) {
    String versionPointer =
        spec.path("serviceVersion").isString() ? pointer + "/serviceVersion" : compDefPointer;
    return add(
        origin,
        name,
        pointer,
        spec,
        compDef,
        compDefPointer,
        source,
        Nodes.text(spec, "serviceVersion"),
        versionPointer);
  }

  ComponentSlot add(
      Origin origin,
      String name,
      String pointer,
      JsonNode spec,
      String compDef,
      String compDefPointer,
      String source,
      String serviceVersion,
      String versionPointer) {
    ComponentSlot slot =
        new ComponentSlot(
            origin,
            name,
            pointer,
            spec,
            compDef,
            compDefPointer,
            source,
            serviceVersion,
            versionPointer,
            definitions.componentDefinition(compDef, serviceVersion));
    slots.add(slot);
    instances(slot);
    return slot;
  }

  /**
   * Instance templates that set their own compDef or serviceVersion are resolved on their own; a
   * missing compDef means the component's chosen definition, a missing serviceVersion the latest.
   */
  private void instances(ComponentSlot parent) {
    List<JsonNode> instances = Nodes.items(parent.spec(), "instances");
    for (int k = 0; k < instances.size(); k++) {
      JsonNode inst = instances.get(k);
      String pointer = parent.pointer() + "/instances/" + k;
      String compDef = Nodes.text(inst, "compDef");
      String version = Nodes.text(inst, "serviceVersion");
      if (compDef.isEmpty() && version.isEmpty()) {
        continue;
      }
      String compDefPointer = pointer + "/compDef";
      String source = "compDef";
      if (compDef.isEmpty()) {
        if (parent.definition().isEmpty()) {
          continue;
        }
        compDef = parent.definition().get().name();
        compDefPointer = pointer + "/name";
        source = "the ComponentDefinition chosen for '" + parent.name() + "'";
      }
      String name = Nodes.text(inst, "name");
      String versionPointer = version.isEmpty() ? compDefPointer : pointer + "/serviceVersion";
      slots.add(
          new ComponentSlot(
              Origin.INSTANCE,
              name,
              pointer,
              inst,
              compDef,
              compDefPointer,
              source,
              version,
              versionPointer,
              definitions.componentDefinition(compDef, version)));
    }
  }

  /** Where to point for what the topology adds: the topology, or the clusterDef when omitted. */
  String topologyPointer() {
    return cluster.root().path("spec").has("topology") ? "/spec/topology" : "/spec/clusterDef";
  }

  DefinitionResolver definitions() {
    return definitions;
  }

  TopologyResolution topology() {
    return topology;
  }

  void addSharding(ShardingSlot slot) {
    shardings.add(slot);
  }

  void addSlot(ComponentSlot slot) {
    slots.add(slot);
  }
}
