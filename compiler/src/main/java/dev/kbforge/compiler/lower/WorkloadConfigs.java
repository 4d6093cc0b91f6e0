package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a config change reaches the pods, once every template of a component is rendered (the
 * externalManaged ones after the pod spec is final):
 *
 * <ul>
 *   <li>InstanceSet: {@code spec.configs}, one entry per config template in name order, as
 *       KubeBlocks' component controller builds them ({@code buildConfigTemplates} in
 *       controllers/apps/component/transformer_component_template.go): name, configHash, restart,
 *       the reconfigure action and its name, parameters (the template's variables: a fresh render
 *       has no file changes to add) and reconfigureArgs. KubeBlocks' InstanceSet controller ignores
 *       pod-template annotations when it computes revisions; these entries are what it acts on.
 *   <li>StatefulSet: the pod template's checksum annotation, now over every template, so that a
 *       change of any of them rolls the pods.
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
      } else if (externalAdded) {
        checksum(templates, object);
      }
    }
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
    templates.stream()
        .filter(RenderedTemplate::config)
        .sorted(Comparator.comparing(RenderedTemplate::name))
        .forEach(t -> configs.add(entry(c, t)));
    if (configs.isEmpty()) {
      spec.remove("configs");
    } else {
      spec.set("configs", configs);
    }
  }

  private static ObjectNode entry(SynthesizedComponent c, RenderedTemplate t) {
    JsonNode definition = definitionEntry(c, t.name());
    JsonNode user = userEntry(c, t.name());
    ObjectNode entry = Manifests.NODES.objectNode();
    entry.put("name", t.name());
    entry.put("configHash", t.checksum());
    JsonNode restart = definition.path("restartOnFileChange");
    if (!restart.asBoolean(false) && user.path("restart").isBoolean()) {
      restart = user.path("restart");
    }
    if (restart.isBoolean()) {
      entry.put("restart", restart.booleanValue());
    }
    JsonNode required = user.path("reconfigure");
    JsonNode userAction = user.path("reconfigureAction");
    JsonNode action = c.definitionSpec().path("lifecycleActions").path("reconfigure");
    String actionName = "";
    if (required.isBoolean() && !required.booleanValue()) {
      action = null;
    } else if (required.asBoolean(false) && userAction.isObject()) {
      action = userAction;
      actionName = "reconfigure-user-" + t.name();
    } else if (definition.path("reconfigure").isObject()) {
      action = definition.path("reconfigure");
      actionName = "reconfigure-cmpd-" + t.name();
    }
    if (action != null && action.isObject()) {
      entry.set("reconfigure", action.deepCopy());
    }
    if (!actionName.isEmpty()) {
      entry.put("reconfigureActionName", actionName);
    }
    if (user.path("variables").isObject() && !user.path("variables").isEmpty()) {
      entry.set("parameters", user.path("variables").deepCopy());
    }
    if (user.path("reconfigureArgs").isArray() && !user.path("reconfigureArgs").isEmpty()) {
      entry.set("reconfigureArgs", user.path("reconfigureArgs").deepCopy());
    }
    return entry;
  }

  private static void checksum(List<RenderedTemplate> templates, ObjectNode workload) {
    String sum = TemplateVolumes.checksum(templates);
    JsonNode metadata = workload.path("spec").path("template").path("metadata");
    if (sum.isEmpty() || !metadata.isObject()) {
      return;
    }
    JsonNode annotations = metadata.path("annotations");
    ObjectNode target =
        annotations.isObject()
            ? (ObjectNode) annotations
            : ((ObjectNode) metadata).putObject("annotations");
    target.put(PodTemplateBuilder.CONFIG_CHECKSUM, sum);
  }

  private static JsonNode definitionEntry(SynthesizedComponent c, String name) {
    for (JsonNode entry : Nodes.items(c.definitionSpec(), "configs")) {
      if (name.equals(Nodes.text(entry, "name"))) {
        return entry;
      }
    }
    return Manifests.NODES.missingNode();
  }

  private static JsonNode userEntry(SynthesizedComponent c, String name) {
    for (JsonNode entry : Nodes.items(c.spec(), "configs")) {
      if (name.equals(Nodes.text(entry, "name"))) {
        return entry;
      }
    }
    return Manifests.NODES.missingNode();
  }
}
