package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One config template as KubeBlocks hands it to the workload (its {@code
 * workloads.ConfigTemplate}): the definition's {@code configs[]} entry merged with the Cluster
 * component's {@code configs[]} entry of that name as
 * pkg/controller/component/synthesize_component.go synthesizeFileTemplate merges them, then turned
 * into the InstanceSet's entry as controllers/apps/component/transformer_component_template.go
 * buildConfigTemplates does.
 *
 * @param name the template's name
 * @param configHash the Cluster's {@code configHash} when set, else the rendered content's; {@code
 *     null} for a template nobody rendered
 * @param restart the definition's {@code restartOnFileChange} when true, else the Cluster's {@code
 *     restart} ({@code null} when unset)
 * @param reconfigure the action that reloads the file: {@code null} when the Cluster sets {@code
 *     reconfigure: false}; the Cluster's {@code reconfigureAction} when it also sets {@code
 *     reconfigure: true}; the template's own {@code reconfigure}; else the component's {@code
 *     lifecycleActions.reconfigure} (its exec image resolved as for kbagent)
 * @param actionName {@code reconfigure-user-<name>}, {@code reconfigure-cmpd-<name>}, or {@code ""}
 *     for the component's own reconfigure action
 * @param parameters the Cluster's {@code variables}, or a missing node
 * @param reconfigureArgs the Cluster's {@code reconfigureArgs}, or a missing node
 */
record ConfigEntry(
    String name,
    String configHash,
    Boolean restart,
    JsonNode reconfigure,
    String actionName,
    JsonNode parameters,
    JsonNode reconfigureArgs) {

  /** Every config template of the definition, in the definition's order. */
  static List<ConfigEntry> of(SynthesizedComponent c, List<RenderedTemplate> rendered) {
    List<ConfigEntry> entries = new ArrayList<>();
    for (JsonNode definition : c.definitionSpec().path("configs")) {
      String name = Nodes.text(definition, "name");
      if (name.isEmpty()) {
        continue;
      }
      String hash = null;
      for (RenderedTemplate t : rendered) {
        if (t.config() && t.name().equals(name)) {
          hash = t.checksum();
        }
      }
      entries.add(of(c, definition, userEntry(c, name), hash));
    }
    return entries;
  }

  /**
   * The hash KubeBlocks gives a rendered template's ConfigMap (buildFileTemplateObject): the
   * Cluster's {@code configHash} of a config template when set, else the content's.
   */
  static String configHash(SynthesizedComponent c, RenderedTemplate t) {
    JsonNode user = t.config() ? userEntry(c, t.name()).path("configHash") : null;
    return user != null && user.isString() ? user.asString() : t.checksum();
  }

  private static ConfigEntry of(
      SynthesizedComponent c, JsonNode definition, JsonNode user, String renderedHash) {
    String name = Nodes.text(definition, "name");
    String hash = user.path("configHash").isString() ? user.path("configHash").asString() : null;
    Boolean restart = null;
    if (definition.path("restartOnFileChange").asBoolean(false)) {
      restart = true;
    } else if (user.path("restart").isBoolean()) {
      restart = user.path("restart").booleanValue();
    }
    JsonNode required = user.path("reconfigure");
    JsonNode userAction = user.path("reconfigureAction");
    JsonNode action = null;
    String actionName = "";
    if (required.isBoolean() && !required.booleanValue()) {
      action = null;
    } else if (required.asBoolean(false) && userAction.isObject()) {
      action = userAction;
      actionName = "reconfigure-user-" + name;
    } else if (definition.path("reconfigure").isObject()) {
      action = definition.path("reconfigure");
      actionName = "reconfigure-cmpd-" + name;
    } else if (c.definitionSpec().path("lifecycleActions").path("reconfigure").isObject()) {
      action = withImage(c.definitionSpec().path("lifecycleActions").path("reconfigure"), c);
    }
    return new ConfigEntry(
        name,
        hash != null ? hash : renderedHash,
        restart,
        action,
        actionName,
        user.path("variables"),
        user.path("reconfigureArgs"));
  }

  /**
   * Whether a change of this template is reloaded in place rather than by restarting the pod: it
   * has an action and no restart (pkg/controller/instanceset/instance_util.go hasConfigRestart
   * recreates the pod when {@code restart} is true; reconfigureInst skips a nil action).
   */
  boolean reloads() {
    return reconfigure != null && !Boolean.TRUE.equals(restart);
  }

  /**
   * The name kbagent knows the action by: {@code reconfigure}, or {@code udf-<actionName>}
   * (pkg/controller/lifecycle UDFActionName, as pkg/controller/component/kbagent.go lists them).
   */
  String kbAgentAction() {
    return actionName.isEmpty() ? "reconfigure" : "udf-" + actionName;
  }

  private static JsonNode withImage(JsonNode action, SynthesizedComponent c) {
    String image = KbAgentActions.image(c, "reconfigure");
    if (image.isEmpty() || !(action.path("exec") instanceof ObjectNode)) {
      return action;
    }
    ObjectNode copy = ((ObjectNode) action).deepCopy();
    ((ObjectNode) copy.path("exec")).put("image", image);
    return copy;
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
