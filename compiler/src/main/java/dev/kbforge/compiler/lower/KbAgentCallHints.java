package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller of kbagent's actions needs besides what kbagent itself is told: for each action
 * (not the probes, which kbagent runs by itself) the pods to call it on and when, as KubeBlocks'
 * lifecycle package reads them (pkg/controller/lifecycle/kbagent.go: resolveTargetPodSelector falls
 * back to the deprecated {@code exec.targetPodSelector}/{@code exec.matchingKey}, and the
 * precondition). kbagent's env keeps none of this, so the workload carries it as the annotation
 * {@value #ANNOTATION}: a JSON object by action name, in kbagent's order, each {@code
 * {targetPodSelector?, matchingKey?, preCondition?}}.
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
        calls.set(a.name(), call(a.action()));
      }
    }
    if (!calls.isEmpty()) {
      annotations.put(ANNOTATION, Manifests.json(calls));
    }
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
