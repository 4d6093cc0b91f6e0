package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * KB4056, KB4057: a component's extra volumes have unique names, none of them the name of a
 * volumeClaimTemplate (which becomes a pod volume of that name too).
 */
public final class ClusterVolumeNamesCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      List<JsonNode> volumes = Nodes.items(slot.spec(), "volumes");
      DuplicateNames.report(
          layout.cluster(), slot.at("/volumes"), volumes, Code.KB4056, "volume", reporter);
      List<String> claims = Nodes.names(slot.spec(), "volumeClaimTemplates");
      for (int j = 0; j < volumes.size(); j++) {
        String name = Nodes.text(volumes.get(j), "name");
        if (claims.contains(name)) {
          reporter.value(
              Code.KB4057,
              layout.cluster(),
              slot.at("/volumes/" + j + "/name"),
              "volume '" + name + "' has the name of a volumeClaimTemplate",
              "the claim already provides a pod volume of that name: rename one of them");
        }
      }
    }
  }
}
