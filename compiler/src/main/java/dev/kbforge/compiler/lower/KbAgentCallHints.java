package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller of kbagent's actions needs besides what kbagent itself is told: for each action
 * (not the probes, which kbagent runs by itself) the pods to call it on and when, as KubeBlocks'
 * lifecycle package reads them (pkg/controller/lifecycle/kbagent.go: resolveTargetPodSelector falls
 * back to the deprecated {@code exec.targetPodSelector}/{@code exec.matchingKey}, and the
 * precondition). kbagent's env keeps none of this, so the workload carries it as the annotation
 * {@value #ANNOTATION}: a JSON object by action name, in kbagent's order, each {@code
 * {targetPodSelector?, matchingKey?, preCondition?}}. Two actions carry more, for the parameters
 * KubeBlocks passes them (pkg/controller/lifecycle/lfa_member.go, lfa_account.go):
 *
 * <ul>
 *   <li>{@code switchover}, {@code memberJoin} and {@code memberLeave}: {@code podDomain}, the
 *       domain a pod name is prefixed to for its FQDN ({@code <comp>-headless.<ns>.svc.<cluster
 *       domain>}, KubeBlocks' PodFQDN);
 *   <li>{@code accountProvision}: {@code accounts}, the system accounts it creates once each: those
 *       neither disabled nor initAccount (the engine creates an init account itself, KubeBlocks'
 *       transformer_component_account_provision.go), each {@code {name, secret, statement}} with
 *       the create statement.
 * </ul>
 */
final class KbAgentCallHints {
  static final String ANNOTATION = "kbforge.dev/lifecycle-actions";

  private KbAgentCallHints() {}

  static void put(SynthesizedComponent c, Map<String, String> annotations) {
    if (!KbAgentActions.needed(c)) {
      return;
    }
    ObjectNode calls = Manifests.NODES.objectNode();
    for (KbAgentAction a : KbAgentActions.defined(c)) {
      if (!a.probe()) {
        ObjectNode call = call(a.action());
        if (MEMBER_ACTIONS.contains(a.name())) {
          call.put("podDomain", podDomain(c));
        } else if (a.name().equals("accountProvision")) {
          call.set("accounts", accounts(c));
        }
        calls.set(a.name(), call);
      }
    }
    if (!calls.isEmpty()) {
      annotations.put(ANNOTATION, Manifests.json(calls));
    }
  }

  /**
   * The StatefulSet annotation with the component's template vars (the plain vars, as a JSON
   * object), which KubeBlocks passes every action as parameters
   * (pkg/controller/lifecycle/kbagent.go templateVarsParameters); the InstanceSet carries them in
   * {@code spec.lifecycleActions.templateVars}.
   */
  static final String TEMPLATE_VARS = "kbforge.dev/template-vars";

  /** Adds {@value #TEMPLATE_VARS} when kbagent is injected and there are vars. */
  static void putTemplateVars(
      SynthesizedComponent c, Map<String, String> vars, Map<String, String> annotations) {
    if (!KbAgentActions.needed(c) || vars.isEmpty()) {
      return;
    }
    ObjectNode json = Manifests.NODES.objectNode();
    vars.forEach(json::put);
    annotations.put(TEMPLATE_VARS, Manifests.json(json));
  }

  private static final java.util.Set<String> MEMBER_ACTIONS =
      java.util.Set.of("switchover", "memberJoin", "memberLeave");

  static String podDomain(SynthesizedComponent c) {
    return Names.headlessService(c)
        + "."
        + c.cluster().namespace()
        + ".svc."
        + c.cluster().options().clusterDomain();
  }

  /** The accounts accountProvision creates, in the definition's order. */
  static ArrayNode accounts(SynthesizedComponent c) {
    ArrayNode out = Manifests.NODES.arrayNode();
    for (JsonNode account : c.definitionSpec().path("systemAccounts")) {
      String name = Nodes.text(account, "name");
      int o = AccountSecretsLowerer.overrideIndex(c, name);
      boolean disabled = o >= 0 && Nodes.isTrue(c.spec().path("systemAccounts").get(o), "disabled");
      if (name.isEmpty() || disabled || Nodes.isTrue(account, "initAccount")) {
        continue;
      }
      ObjectNode entry = out.addObject();
      entry.put("name", name);
      entry.put("secret", Names.accountSecret(c, name));
      entry.put("statement", Nodes.text(account.path("statement"), "create"));
    }
    return out;
  }

  static ObjectNode call(JsonNode action) {
    ObjectNode call = Manifests.NODES.objectNode();
    String selector = Nodes.text(action, "targetPodSelector");
    String key = Nodes.text(action, "matchingKey");
    if (selector.isEmpty() && !Nodes.text(action.path("exec"), "targetPodSelector").isEmpty()) {
      selector = Nodes.text(action.path("exec"), "targetPodSelector");
      key = Nodes.text(action.path("exec"), "matchingKey");
    }
    putNonEmpty(call, "targetPodSelector", selector);
    putNonEmpty(call, "matchingKey", key);
    putNonEmpty(call, "preCondition", Nodes.text(action, "preCondition"));
    return call;
  }

  private static void putNonEmpty(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}
