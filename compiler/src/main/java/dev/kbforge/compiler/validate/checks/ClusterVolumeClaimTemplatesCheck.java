package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * KB4054 (warning): a volumeClaimTemplate fills the pod volume of its name, so that name should be
 * a volume the ComponentDefinition declares or a container mounts; otherwise the claim is made but
 * nothing uses it.
 */
public final class ClusterVolumeClaimTemplatesCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      if (slot.definition().isEmpty()) {
        continue;
      }
      Set<String> volumes = DefinitionNames.volumes(slot);
      List<JsonNode> templates = Nodes.items(slot.spec(), "volumeClaimTemplates");
      for (int j = 0; j < templates.size(); j++) {
        String name = Nodes.text(templates.get(j), "name");
        if (!name.isEmpty() && !volumes.contains(name)) {
          String cmpd = slot.definition().get().name();
          reporter.value(
              Code.KB4054,
              layout.cluster(),
              slot.at("/volumeClaimTemplates/" + j + "/name"),
              "volumeClaimTemplate '"
                  + name
                  + "' is neither a volume nor a volumeMount of ComponentDefinition '"
                  + cmpd
                  + "'",
              ClusterHints.unknown(name, volumes, "volumes of '" + cmpd + "'"));
        }
      }
    }
  }
}
