package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code policy/v1} PodDisruptionBudget {@code <cluster>-<comp>} for a component of 2 or more
 * replicas, over the workload's selector. When a role of the cmpd participates in a quorum, a
 * majority of the replicas must stay up ({@code minAvailable = replicas/2 + 1}); otherwise one pod
 * at a time may be evicted ({@code maxUnavailable: 1}). Emits nothing for the kubeblocks target.
 */
public final class PodDisruptionBudgetLowerer implements Lowerer {
  public static final String API_VERSION = "policy/v1";
  public static final String KIND = "PodDisruptionBudget";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (c.cluster().options().target() == Target.KUBEBLOCKS || c.replicas() < 2) {
      return List.of();
    }
    ObjectNode pdb =
        Manifests.object(
            API_VERSION,
            KIND,
            c.fullName(),
            c.cluster().namespace(),
            Labels.component(c),
            Map.of());
    ObjectNode spec = pdb.putObject("spec");
    if (hasQuorum(c)) {
      spec.put("minAvailable", c.replicas() / 2 + 1);
    } else {
      spec.put("maxUnavailable", 1);
    }
    spec.set("selector", Manifests.selector(c));
    return List.of(pdb);
  }

  private static boolean hasQuorum(SynthesizedComponent c) {
    for (JsonNode role : c.definitionSpec().path("roles")) {
      if (Nodes.isTrue(role, "participatesInQuorum")) {
        return true;
      }
    }
    return false;
  }
}
