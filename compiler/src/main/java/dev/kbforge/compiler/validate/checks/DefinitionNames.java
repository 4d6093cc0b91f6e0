package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Names a chosen ComponentDefinition defines (services, accounts, configs, volumes, roles). */
final class DefinitionNames {
  private DefinitionNames() {}

  static JsonNode spec(ComponentSlot slot) {
    return slot.definition().orElseThrow().root().path("spec");
  }

  /** The {@code name}s of {@code spec.<field>[]} of the slot's ComponentDefinition. */
  static List<String> of(ComponentSlot slot, String field) {
    return Nodes.names(spec(slot), field);
  }

  /** Volumes a volumeClaimTemplate can fill: declared volumes and runtime container mounts. */
  static Set<String> volumes(ComponentSlot slot) {
    JsonNode spec = spec(slot);
    Set<String> names = new TreeSet<>(Nodes.names(spec, "volumes"));
    JsonNode runtime = spec.path("runtime");
    for (String field : List.of("containers", "initContainers")) {
      for (JsonNode container : Nodes.items(runtime, field)) {
        names.addAll(Nodes.names(container, "volumeMounts"));
      }
    }
    return names;
  }
}
