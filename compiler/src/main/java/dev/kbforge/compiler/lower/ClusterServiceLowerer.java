package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Cluster's {@code spec.services[]} (KubeBlocks' cluster service transformer, reference
 * sections 4, 6.2, 6.3): Service {@code <cluster>-<serviceName>} (or {@code <cluster>}) selecting
 * the stable pods of the cluster, narrowed to a component (or, when {@code componentSelector} names
 * a sharding, to all its shards) and to a role.
 */
public final class ClusterServiceLowerer implements ClusterLowerer {
  @Override
  public List<ObjectNode> lower(
      ClusterInfo cluster, List<SynthesizedComponent> components, Reporter reporter) {
    JsonNode spec = cluster.document().root().path("spec");
    List<ObjectNode> services = new ArrayList<>();
    JsonNode declared = spec.path("services");
    for (int i = 0; i < declared.size(); i++) {
      JsonNode service = declared.get(i);
      String pointer = "/spec/services/" + i + "/serviceName";
      String name = Names.clusterService(cluster, Nodes.text(service, "serviceName"));
      if (!ServiceNames.checkServiceName(name, reporter, cluster.document(), pointer)) {
        continue;
      }
      services.add(build(cluster, service, name, isSharding(spec, components, service)));
    }
    return services;
  }

  private static ObjectNode build(
      ClusterInfo cluster, JsonNode service, String name, boolean sharding) {
    Map<String, String> labels = new TreeMap<>();
    labels.put(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
    labels.put(Labels.INSTANCE, cluster.name());
    ObjectNode object =
        Manifests.object(
            "v1",
            "Service",
            name,
            cluster.namespace(),
            labels,
            new TreeMap<>(Manifests.stringMap(service.path("annotations"))));
    ServiceSpec declared = ServiceSpec.of(service, null);
    Map<String, String> selector = declared.selector();
    selector.put(Labels.MANAGED_BY, Labels.MANAGED_BY_VALUE);
    selector.put(Labels.INSTANCE, cluster.name());
    selector.put(Labels.RELEASE_PHASE, Labels.RELEASE_PHASE_STABLE);
    String component = Nodes.text(service, "componentSelector");
    if (!component.isEmpty()) {
      selector.put(sharding ? Labels.SHARDING_NAME : Labels.COMPONENT_NAME, component);
    }
    String role = Nodes.text(service, "roleSelector");
    if (!role.isEmpty()) {
      selector.put(Labels.ROLE, role);
    }
    object.set("spec", declared.build(selector, false));
    return object;
  }

  /**
   * Whether componentSelector names a sharding: as in KubeBlocks, the Cluster's shardings win over
   * its components; a synthesized shard of that name counts too.
   */
  private static boolean isSharding(
      JsonNode spec, List<SynthesizedComponent> components, JsonNode service) {
    String selector = Nodes.text(service, "componentSelector");
    if (selector.isEmpty()) {
      return false;
    }
    for (JsonNode sharding : spec.path("shardings")) {
      if (selector.equals(Nodes.text(sharding, "name"))) {
        return true;
      }
    }
    for (SynthesizedComponent c : components) {
      if (selector.equals(c.shardingName())) {
        return true;
      }
    }
    return false;
  }
}
