package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import tools.jackson.databind.JsonNode;

/**
 * KB4040: a component's replicas (default 1) lie within its ComponentDefinition's replicasLimit
 * when it sets one; without one, replicas only must not be negative (0 is how a component is
 * stopped).
 */
public final class ClusterReplicasLimitCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      long replicas = Nodes.integer(slot.spec(), "replicas", 1);
      String pointer = slot.at("/replicas");
      if (replicas < 0) {
        reporter.value(
            Code.KB4040,
            layout.cluster(),
            pointer,
            "replicas " + replicas + " is negative",
            "use 0 to stop a component");
        continue;
      }
      if (slot.definition().isEmpty()) {
        continue;
      }
      SourceDocument cmpd = slot.definition().get();
      JsonNode limit = cmpd.root().path("spec").path("replicasLimit");
      if (!limit.isObject()) {
        continue;
      }
      long min = Nodes.integer(limit, "minReplicas", 0);
      long max = Nodes.integer(limit, "maxReplicas", Long.MAX_VALUE);
      if (replicas < min || replicas > max) {
        reporter.value(
            Code.KB4040,
            layout.cluster(),
            pointer,
            "replicas "
                + replicas
                + " is outside ["
                + min
                + ", "
                + max
                + "], the replicasLimit of ComponentDefinition '"
                + cmpd.name()
                + "'",
            "choose a replica count between " + min + " and " + max);
      }
    }
  }
}
