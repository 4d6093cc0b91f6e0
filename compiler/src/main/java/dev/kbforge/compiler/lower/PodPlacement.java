package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where and how pods run: the scheduling policy, the network settings and the runtime class
 * (reference 6.4 steps 1, 4 and 6).
 */
final class PodPlacement {
  /** The SchedulingPolicy fields, each the PodSpec field of the same name. */
  static final List<String> SCHEDULING_FIELDS =
      List.of(
          "schedulerName",
          "nodeSelector",
          "nodeName",
          "affinity",
          "tolerations",
          "topologySpreadConstraints");

  private PodPlacement() {}

  /**
   * The component's schedulingPolicy, or the Cluster's when the component has none. Each field the
   * policy sets replaces the runtime's; fields it leaves out keep the runtime's value.
   */
  static void applyScheduling(SynthesizedComponent c, ObjectNode pod) {
    JsonNode policy = c.spec().path("schedulingPolicy");
    if (!policy.isObject()) {
      policy = c.cluster().document().root().path("spec").path("schedulingPolicy");
    }
    applySchedulingPolicy(policy, pod);
  }

  /** Copies the set fields of a SchedulingPolicy object onto a PodSpec. */
  static void applySchedulingPolicy(JsonNode policy, ObjectNode pod) {
    for (String field : SCHEDULING_FIELDS) {
      Manifests.copy(policy, field, pod);
    }
  }

  /**
   * The component's {@code network}: host network (with the DNS policy that still resolves cluster
   * names from the host network), an explicit DNS policy, DNS config and host aliases.
   */
  static void applyNetwork(SynthesizedComponent c, ObjectNode pod) {
    JsonNode network = c.spec().path("network");
    if (Nodes.isTrue(network, "hostNetwork")) {
      pod.put("hostNetwork", true);
      pod.put("dnsPolicy", "ClusterFirstWithHostNet");
    }
    Manifests.copy(network, "dnsPolicy", pod);
    Manifests.copy(network, "dnsConfig", pod);
    Manifests.copy(network, "hostAliases", pod);
  }

  /** The Cluster's {@code runtimeClassName}, when set. */
  static void applyRuntimeClass(SynthesizedComponent c, ObjectNode pod) {
    JsonNode runtimeClass = c.cluster().document().root().path("spec").path("runtimeClassName");
    if (runtimeClass.isString() && !runtimeClass.asString().isEmpty()) {
      pod.put("runtimeClassName", runtimeClass.asString());
    }
  }
}
