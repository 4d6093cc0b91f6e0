package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.ComponentSlot.Origin;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The components of a Cluster, as KubeBlocks' cluster controller creates them: every componentSpec,
 * every non-template topology component the Cluster leaves out (with an empty spec, 1 replica and
 * the latest serviceVersion), and per sharding its shards ({@link ShardSpecs}), each with its
 * ComponentDefinition, serviceVersion ({@link ClusterLayout} chose them for validation) and images
 * ({@link ImageResolver}). Components are in the topology's provision order when it has one, else
 * in Cluster order ({@link ProvisionOrder}).
 *
 * <p>Components whose definition did not resolve are left out: validation reported them.
 */
public final class ComponentSynthesizer {
  private final Reporter reporter;

  public ComponentSynthesizer(Reporter reporter) {
    this.reporter = reporter;
  }

  public List<SynthesizedComponent> synthesize(ClusterLayout layout, RenderOptions options) {
    ClusterInfo cluster = clusterInfo(layout.cluster(), options);
    ImageResolver images = new ImageResolver(layout.definitions().componentVersions());
    Set<String> shardings = layout.shardingNames();
    List<SynthesizedComponent> out = new ArrayList<>();
    for (ComponentSlot slot : layout.slots()) {
      boolean component =
          slot.origin() == Origin.COMPONENT
              || (slot.origin() == Origin.TOPOLOGY && !shardings.contains(slot.name()));
      if (component && slot.resolution().resolved()) {
        JsonNode spec =
            slot.spec().isObject() ? slot.spec() : JsonNodeFactory.instance.objectNode();
        String pointer = slot.pointer().isEmpty() ? slot.compDefPointer() : slot.pointer();
        out.add(build(cluster, slot.name(), "", spec, pointer, slot, images));
      }
    }
    List<JsonNode> specShardings = Nodes.items(layout.cluster().root().path("spec"), "shardings");
    for (int i = 0; i < specShardings.size(); i++) {
      JsonNode sharding = specShardings.get(i);
      for (ShardSpecs.Shard shard :
          ShardSpecs.of(layout, "/spec/shardings/" + i, sharding, reporter)) {
        out.add(
            build(
                cluster,
                shard.name(),
                Nodes.text(sharding, "name"),
                shard.spec(),
                shard.specPointer(),
                shard.slot(),
                images));
      }
    }
    return List.copyOf(ProvisionOrder.sort(out, layout.topology()));
  }

  private SynthesizedComponent build(
      ClusterInfo cluster,
      String name,
      String sharding,
      JsonNode spec,
      String pointer,
      ComponentSlot slot,
      ImageResolver images) {
    SourceDocument cmpd = slot.definition().orElseThrow();
    String version = slot.resolution().serviceVersion();
    Map<String, String> chosen =
        images.images(cmpd, version, cluster.document(), pointer, reporter);
    int replicas =
        (int) Math.max(0, Math.min(Nodes.integer(spec, "replicas", 1), Integer.MAX_VALUE));
    return new SynthesizedComponent(
        cluster,
        name,
        cluster.name() + "-" + name,
        sharding,
        spec,
        pointer,
        cmpd,
        version,
        chosen,
        replicas);
  }

  /** Name, namespace ({@code default} when absent) and terminationPolicy of a Cluster. */
  public static ClusterInfo clusterInfo(SourceDocument cluster, RenderOptions options) {
    JsonNode metadata = cluster.root().path("metadata");
    String namespace = Nodes.text(metadata, "namespace");
    return new ClusterInfo(
        cluster.name(),
        namespace.isEmpty() ? "default" : namespace,
        Nodes.text(cluster.root().path("spec"), "terminationPolicy"),
        cluster,
        options);
  }
}
