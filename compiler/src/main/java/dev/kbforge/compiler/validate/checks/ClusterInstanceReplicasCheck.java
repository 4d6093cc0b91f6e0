package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * KB4041: the replicas of a component's instance templates (each 1 by default) add up to at most
 * the component's replicas (1 by default); the rest use the default template.
 */
public final class ClusterInstanceReplicasCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      List<JsonNode> instances = Nodes.items(slot.spec(), "instances");
      if (instances.isEmpty()) {
        continue;
      }
      long replicas = Nodes.integer(slot.spec(), "replicas", 1);
      long sum = 0;
      for (JsonNode instance : instances) {
        sum += Nodes.integer(instance, "replicas", 1);
      }
      if (sum > replicas) {
        reporter.key(
            Code.KB4041,
            layout.cluster(),
            slot.at("/instances"),
            "instance templates of '"
                + slot.name()
                + "' ask for "
                + sum
                + " replicas, more than the component's "
                + replicas,
            "raise replicas to at least " + sum + " or lower the templates' replicas");
      }
    }
  }
}
