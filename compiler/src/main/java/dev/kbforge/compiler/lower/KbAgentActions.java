package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.model.LifecycleActionNames;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The actions of a component that kbagent runs, in the order KubeBlocks' component controller lists
 * them (pkg/controller/component/kbagent.go, buildKBAgentStartupEnvs): the component lifecycle
 * actions, the role and availability probes, then the user-defined actions (the reconfigure actions
 * of file templates, {@code udf-reconfigure-cmpd-<template>} and {@code
 * udf-reconfigure-user-<template>}).
 */
final class KbAgentActions {
  /** The component lifecycle actions, in KubeBlocks' order. */
  static final List<String> LIFECYCLE = LifecycleActionNames.LIFECYCLE;

  /** Actions whose output kbagent streams (its {@code KB_AGENT_STREAMING}). */
  static final List<String> STREAMING = List.of("dataDump", "dataLoad");

  static final String ROLE_PROBE = LifecycleActionNames.ROLE_PROBE;
  static final String AVAILABLE_PROBE = LifecycleActionNames.AVAILABLE_PROBE;

  private KbAgentActions() {}

  /**
   * Whether KubeBlocks injects kbagent (hasActionDefined): the definition has {@code
   * lifecycleActions} at all (even empty), or a file template has a reconfigure action.
   */
  static boolean needed(SynthesizedComponent c) {
    return c.definitionSpec().path("lifecycleActions").isObject() || !userDefined(c).isEmpty();
  }

  /** Every action written, defined or not (an undefined one is a finding, see KbAgentChecks). */
  static List<KbAgentAction> all(SynthesizedComponent c) {
    List<KbAgentAction> all = new ArrayList<>();
    JsonNode actions = c.definitionSpec().path("lifecycleActions");
    String base = "/spec/lifecycleActions/";
    for (String name : LIFECYCLE) {
      if (actions.path(name).isObject()) {
        all.add(
            new KbAgentAction(
                name, false, actions.path(name), image(c, name), c.definition(), base + name));
      }
    }
    for (String name : List.of(ROLE_PROBE, AVAILABLE_PROBE)) {
      if (actions.path(name).isObject()) {
        all.add(
            new KbAgentAction(
                name, true, actions.path(name), image(c, name), c.definition(), base + name));
      }
    }
    all.addAll(userDefined(c));
    return all;
  }

  /** The defined ones: what kbagent is told about. */
  static List<KbAgentAction> defined(SynthesizedComponent c) {
    return all(c).stream().filter(KbAgentAction::defined).toList();
  }

  /**
   * The actions whose exec env and image count for kbagent's containers: every defined one but the
   * availability probe (KubeBlocks leaves it out of mergedActionEnv4KBAgent and of the custom image
   * check).
   */
  static List<KbAgentAction> forContainers(SynthesizedComponent c) {
    return defined(c).stream().filter(a -> !AVAILABLE_PROBE.equals(a.name())).toList();
  }

  /**
   * Reconfigure actions of the file templates (configs, then scripts): the definition's own unless
   * the Cluster's config of that name sets {@code reconfigure: false}, then the Cluster config's
   * {@code reconfigureAction} (KubeBlocks' synthesizeFileTemplate, which merges the Cluster's
   * configs into config templates only, and traverseUserDefinedActions).
   */
  static List<KbAgentAction> userDefined(SynthesizedComponent c) {
    List<KbAgentAction> udf = new ArrayList<>();
    for (String list : List.of("configs", "scripts")) {
      JsonNode templates = c.definitionSpec().path(list);
      for (int i = 0; i < templates.size(); i++) {
        JsonNode template = templates.get(i);
        String name = Nodes.text(template, "name");
        // the Cluster's configs[] override config templates only, never scripts
        int j = list.equals("configs") ? clusterConfig(c, name) : -1;
        JsonNode user = j < 0 ? MissingNode.getInstance() : c.spec().path("configs").path(j);
        JsonNode own = template.path("reconfigure");
        boolean disabled =
            user.path("reconfigure").isBoolean() && !user.path("reconfigure").asBoolean();
        if (own.isObject() && !disabled) {
          udf.add(
              new KbAgentAction(
                  "udf-reconfigure-cmpd-" + name,
                  false,
                  own,
                  Nodes.text(own.path("exec"), "image"),
                  c.definition(),
                  "/spec/" + list + "/" + i + "/reconfigure"));
        }
        JsonNode userAction = user.path("reconfigureAction");
        if (userAction.isObject()) {
          udf.add(
              new KbAgentAction(
                  "udf-reconfigure-user-" + name,
                  false,
                  userAction,
                  Nodes.text(userAction.path("exec"), "image"),
                  c.cluster().document(),
                  c.specPointer() + "/configs/" + j + "/reconfigureAction"));
        }
      }
    }
    return udf;
  }

  private static int clusterConfig(SynthesizedComponent c, String name) {
    JsonNode configs = c.spec().path("configs");
    for (int j = 0; j < configs.size(); j++) {
      if (name.equals(Nodes.text(configs.get(j), "name"))) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The exec image of a lifecycle action: the release image chosen for the action's name, else its
   * own (KubeBlocks' resolveImagesWithCompVersions writes the former into the latter).
   */
  static String image(SynthesizedComponent c, String action) {
    for (Map.Entry<String, String> e : c.images().entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(action.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    JsonNode exec = c.definitionSpec().path("lifecycleActions").path(action).path("exec");
    return Nodes.text(exec, "image");
  }
}
