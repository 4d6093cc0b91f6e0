package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the StatefulSet target, what {@code kb apply} needs to do what KubeBlocks' InstanceSet
 * controller does from {@code spec.configs} (pkg/controller/instanceset/reconciler_update.go
 * reconfigure): the StatefulSet annotation {@value #ANNOTATION}, a JSON array with one entry per
 * config template that is reloaded in place ({@link ConfigEntry#reloads}) and whose action kbagent
 * knows, in name order: {@code {template, action, configHash, configMap, mountPath?, parameters?,
 * arguments?}}. {@code action} is kbagent's name for it, {@code mountPath} the directory where the
 * first container mounts the template's volume (KubeBlocks' absoluteFilePath, for the {@code
 * KB_CONFIG_FILES_UPDATED} paths), {@code parameters} the Cluster's variables and {@code arguments}
 * its reconfigureArgs.
 */
final class ReconfigureHints {
  static final String ANNOTATION = "kbforge.dev/reconfigure";

  private ReconfigureHints() {}

  static void put(SynthesizedComponent c, List<RenderedTemplate> templates, ObjectNode workload) {
    ObjectNode metadata = (ObjectNode) workload.path("metadata");
    JsonNode podSpec = workload.path("spec").path("template").path("spec");
    ArrayNode hints = Manifests.NODES.arrayNode();
    reloaded(c, templates).forEach(e -> hints.add(hint(c, e, podSpec)));
    JsonNode annotations = metadata.path("annotations");
    if (hints.isEmpty()) {
      if (annotations instanceof ObjectNode present) {
        present.remove(ANNOTATION);
      }
      return;
    }
    ObjectNode target =
        annotations instanceof ObjectNode present ? present : metadata.putObject("annotations");
    target.put(ANNOTATION, Manifests.json(hints));
  }

  /**
   * The config templates kb apply reloads in place, in name order: those KubeBlocks reloads ({@link
   * ConfigEntry#reloads}) that were rendered and whose action kbagent knows. Any other template
   * rolls the pods (a template whose action kbagent lacks would otherwise never reach them).
   */
  static List<ConfigEntry> reloaded(SynthesizedComponent c, List<RenderedTemplate> templates) {
    List<ConfigEntry> candidates =
        ConfigEntry.of(c, templates).stream()
            .filter(e -> e.reloads() && e.configHash() != null)
            .toList();
    if (candidates.isEmpty()) {
      return candidates; // most components: no need to work out kbagent's actions
    }
    Set<String> known =
        KbAgentActions.defined(c).stream().map(KbAgentAction::name).collect(Collectors.toSet());
    return candidates.stream()
        .filter(e -> known.contains(e.kbAgentAction()))
        .sorted(Comparator.comparing(ConfigEntry::name))
        .toList();
  }

  private static ObjectNode hint(SynthesizedComponent c, ConfigEntry e, JsonNode podSpec) {
    ObjectNode hint = Manifests.NODES.objectNode();
    hint.put("template", e.name());
    hint.put("action", e.kbAgentAction());
    hint.put("configHash", e.configHash());
    hint.put("configMap", Names.templateConfigMap(c, e.name()));
    String mountPath = mountPath(podSpec, volumeName(c, e.name()));
    if (!mountPath.isEmpty()) {
      hint.put("mountPath", mountPath);
    }
    if (e.parameters().isObject() && !e.parameters().isEmpty()) {
      hint.set("parameters", e.parameters().deepCopy());
    }
    if (e.reconfigureArgs().isArray() && !e.reconfigureArgs().isEmpty()) {
      hint.set("arguments", e.reconfigureArgs().deepCopy());
    }
    return hint;
  }

  private static String volumeName(SynthesizedComponent c, String template) {
    for (JsonNode definition : c.definitionSpec().path("configs")) {
      if (template.equals(Nodes.text(definition, "name"))) {
        return Nodes.text(definition, "volumeName");
      }
    }
    return "";
  }

  private static String mountPath(JsonNode podSpec, String volume) {
    if (volume.isEmpty()) {
      return "";
    }
    for (JsonNode container : podSpec.path("containers")) {
      for (JsonNode mount : container.path("volumeMounts")) {
        if (volume.equals(Nodes.text(mount, "name"))) {
          return Nodes.text(mount, "mountPath");
        }
      }
    }
    return "";
  }
}
