package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * KB4060, KB4061: a cluster-level service's componentSelector names a component or sharding of the
 * Cluster (including those its topology adds), and its roleSelector names a role of that
 * component's ComponentDefinition (compared case-insensitively, as KubeBlocks does).
 */
public final class ClusterServiceSelectorCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    List<JsonNode> services = Nodes.items(layout.cluster().root().path("spec"), "services");
    Set<String> selectable = new TreeSet<>(layout.componentNames());
    selectable.addAll(layout.shardingNames());
    for (int j = 0; j < services.size(); j++) {
      String pointer = "/spec/services/" + j;
      String selector = Nodes.text(services.get(j), "componentSelector");
      if (selector.isEmpty()) {
        continue;
      }
      if (!selectable.contains(selector)) {
        reporter.value(
            Code.KB4060,
            layout.cluster(),
            pointer + "/componentSelector",
            "componentSelector '" + selector + "' names no component or sharding of the Cluster",
            ClusterHints.unknown(selector, selectable, "components and shardings"));
        continue;
      }
      String role = Nodes.text(services.get(j), "roleSelector");
      Optional<ComponentSlot> slot = layout.componentOrSharding(selector);
      if (role.isEmpty() || slot.isEmpty() || slot.get().definition().isEmpty()) {
        continue;
      }
      List<String> roles = DefinitionNames.of(slot.get(), "roles");
      boolean known = roles.stream().anyMatch(r -> r.equalsIgnoreCase(role));
      if (!known) {
        String cmpd = slot.get().definition().get().name();
        reporter.value(
            Code.KB4061,
            layout.cluster(),
            pointer + "/roleSelector",
            "roleSelector '"
                + role
                + "' names no role of ComponentDefinition '"
                + cmpd
                + "' (component '"
                + selector
                + "')",
            ClusterHints.unknown(role.toLowerCase(Locale.ROOT), roles, "roles of '" + cmpd + "'"));
      }
    }
  }
}
