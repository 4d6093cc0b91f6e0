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
 * How a config change reaches the pods, once every template of a component is rendered (the
 * externalManaged ones after the pod spec is final):
 *
 * <ul>
 *   <li>InstanceSet: {@code spec.configs}, one {@link ConfigEntry} per config template of the
 *       definition in name order, as KubeBlocks' component controller builds them ({@code
 *       buildConfigTemplates} in controllers/apps/component/transformer_component_template.go):
 *       name, configHash, restart, reconfigure, reconfigureActionName, parameters (the template's
 *       variables: a fresh render has no file changes to add) and reconfigureArgs. KubeBlocks'
 *       InstanceSet controller compares each configHash with the pod's {@code
 *       config.kubeblocks.io/config-hash} annotation and then reconfigures or recreates the pod.
 *   <li>StatefulSet: the pod template's checksum annotation over the templates a change of which
 *       restarts the pods ({@link #rolling}); the templates KubeBlocks reloads in place instead are
 *       left out of it and listed in {@link ReconfigureHints}, for {@code kb apply} to call their
 *       reconfigure action on each pod.
 * </ul>
 */
public final class WorkloadConfigs {
  private WorkloadConfigs() {}

  /**
   * Applies {@code templates} to the component's workload among {@code objects}.
   *
   * @param externalAdded whether templates rendered after lowering are among them (the StatefulSet
   *     checksum, computed from the others at lowering, then changes)
   */
  public static void apply(
      SynthesizedComponent c,
      List<RenderedTemplate> templates,
      List<ObjectNode> objects,
      boolean externalAdded) {
    for (ObjectNode object : objects) {
      if (!isWorkload(c, object)) {
        continue;
      }
      if (Nodes.text(object, "kind").equals("InstanceSet")) {
        configs(c, templates, (ObjectNode) object.path("spec"));
      } else {
        if (externalAdded) {
          checksum(c, templates, object);
        }
        ReconfigureHints.put(c, templates, object);
      }
    }
  }

  /**
   * The templates whose change restarts the pods: the scripts, and the configs that are not
   * reloaded in place ({@link ReconfigureHints#reloaded}).
   */
  static List<RenderedTemplate> rolling(SynthesizedComponent c, List<RenderedTemplate> templates) {
    Set<String> reloaded =
        ReconfigureHints.reloaded(c, templates).stream()
            .map(ConfigEntry::name)
            .collect(Collectors.toSet());
    return templates.stream().filter(t -> !t.config() || !reloaded.contains(t.name())).toList();
  }

  /** The pod spec of the component's workload among {@code objects}, or an empty object. */
  public static JsonNode podSpec(SynthesizedComponent c, List<ObjectNode> objects) {
    for (ObjectNode object : objects) {
      if (isWorkload(c, object)) {
        JsonNode spec = object.path("spec").path("template").path("spec");
        if (spec.isObject()) {
          return spec;
        }
      }
    }
    return Manifests.NODES.objectNode();
  }

  private static boolean isWorkload(SynthesizedComponent c, JsonNode object) {
    String kind = Nodes.text(object, "kind");
    return (kind.equals("InstanceSet") || kind.equals("StatefulSet"))
        && c.fullName().equals(object.path("metadata").path("name").asString(""));
  }

  private static void configs(
      SynthesizedComponent c, List<RenderedTemplate> templates, ObjectNode spec) {
    ArrayNode configs = Manifests.NODES.arrayNode();
    ConfigEntry.of(c, templates).stream()
        .sorted(Comparator.comparing(ConfigEntry::name))
        .forEach(e -> configs.add(json(e)));
    if (configs.isEmpty()) {
      spec.remove("configs");
    } else {
      spec.set("configs", configs);
    }
  }

  /** The entry as workloads.ConfigTemplate serializes it (omitempty: unset fields are absent). */
  private static ObjectNode json(ConfigEntry e) {
    ObjectNode entry = Manifests.NODES.objectNode();
    entry.put("name", e.name());
    if (e.configHash() != null) {
      entry.put("configHash", e.configHash());
    }
    if (e.restart() != null) {
      entry.put("restart", e.restart());
    }
    if (e.reconfigure() != null) {
      entry.set("reconfigure", e.reconfigure().deepCopy());
    }
    if (!e.actionName().isEmpty()) {
      entry.put("reconfigureActionName", e.actionName());
    }
    if (e.parameters().isObject() && !e.parameters().isEmpty()) {
      entry.set("parameters", e.parameters().deepCopy());
    }
    if (e.reconfigureArgs().isArray() && !e.reconfigureArgs().isEmpty()) {
      entry.set("reconfigureArgs", e.reconfigureArgs().deepCopy());
    }
    return entry;
  }

  private static void checksum(
      SynthesizedComponent c, List<RenderedTemplate> templates, ObjectNode workload) {
    String sum = TemplateVolumes.checksum(rolling(c, templates));
    JsonNode metadata = workload.path("spec").path("template").path("metadata");
    if (!metadata.isObject()) {
      return;
    }
    JsonNode annotations = metadata.path("annotations");
    if (sum.isEmpty()) {
      if (annotations instanceof ObjectNode present) {
        present.remove(PodTemplateBuilder.CONFIG_CHECKSUM);
      }
      return;
    }
    ObjectNode target =
        annotations.isObject()
            ? (ObjectNode) annotations
            : ((ObjectNode) metadata).putObject("annotations");
    target.put(PodTemplateBuilder.CONFIG_CHECKSUM, sum);
  }
}
