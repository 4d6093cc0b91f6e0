package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pod's volumes besides the file templates (reference 6.4 steps 3 and 9): the component's extra
 * volumes, and an emptyDir for every mount that nothing else provides.
 */
final class PodVolumes {
  private PodVolumes() {}

  /**
   * Appends the component's {@code volumes}. One named like a runtime volume or a file template
   * volume is an error (KubeBlocks rejects it) and is left out; clashes among the component's own
   * volumes and with its claims are the validator's (KB4056, KB4057).
   */
  static void appendComponentVolumes(SynthesizedComponent c, ObjectNode pod, Reporter reporter) {
    Set<String> taken = volumeNames(pod);
    Set<String> templates = TemplateVolumes.declaredVolumeNames(c);
    ArrayNode volumes = Manifests.array(pod, "volumes");
    JsonNode extra = c.spec().path("volumes");
    for (int i = 0; i < extra.size(); i++) {
      String name = Nodes.text(extra.get(i), "name");
      if (taken.contains(name) || templates.contains(name)) {
        reporter.value(
            Code.KB5301,
            c.cluster().document(),
            c.specPointer() + "/volumes/" + i + "/name",
            "volume '" + name + "' is already a volume of the pod",
            templates.contains(name)
                ? "a config or script template of the ComponentDefinition mounts it: rename this one"
                : "the ComponentDefinition's runtime declares it: rename this one");
      } else if (taken.add(name)) {
        volumes.add(extra.get(i).deepCopy());
      }
    }
    if (volumes.isEmpty()) {
      pod.remove("volumes");
    }
  }

  /**
   * Gives every volumeMount that no pod volume, file template or volumeClaimTemplate provides an
   * {@code emptyDir} volume of its name (claims become PVC volumes through the workload's
   * volumeClaimTemplates instead).
   */
  static void addEmptyDirs(SynthesizedComponent c, ObjectNode pod) {
    Set<String> provided = volumeNames(pod);
    provided.addAll(TemplateVolumes.declaredVolumeNames(c));
    provided.addAll(claimNames(c));
    Set<String> missing = new LinkedHashSet<>();
    // containers first, then init containers, as KubeBlocks' buildVolumeMounts walks them
    for (String list : List.of("containers", "initContainers")) {
      for (JsonNode container : pod.path(list)) {
        for (JsonNode mount : container.path("volumeMounts")) {
          String name = Nodes.text(mount, "name");
          if (!name.isEmpty() && !provided.contains(name)) {
            missing.add(name);
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      ArrayNode volumes = Manifests.array(pod, "volumes");
      for (String name : missing) {
        ObjectNode volume = volumes.addObject();
        volume.put("name", name);
        volume.putObject("emptyDir");
      }
    }
  }

  /** Names of the component's volumeClaimTemplates, its instance templates' included. */
  static Set<String> claimNames(SynthesizedComponent c) {
    Set<String> names = new LinkedHashSet<>(Nodes.names(c.spec(), "volumeClaimTemplates"));
    for (JsonNode instance : c.spec().path("instances")) {
      names.addAll(Nodes.names(instance, "volumeClaimTemplates"));
    }
    return names;
  }

  static Set<String> volumeNames(JsonNode pod) {
    Set<String> names = new HashSet<>();
    for (JsonNode volume : pod.path("volumes")) {
      names.add(Nodes.text(volume, "name"));
    }
    return names;
  }
}
