package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether {@code kb apply} can find the pods to call each action on, checked at render time so an
 * action is never skipped at run time for a reason the definition already shows ({@link
 * Code#KB5620}). KubeBlocks' SelectTargetPods (pkg/controller/lifecycle/kbagent.go) knows {@code
 * Any}, {@code All}, {@code Role} (pods labelled with the role {@code matchingKey}) and {@code
 * Ordinal} ({@code matchingKey} a non-negative number); anything else, a role the component does
 * not define, or an ordinal that is no number fails every call there.
 */
final class KbAgentCallChecks {
  private static final Set<String> SELECTORS = Set.of("Any", "All", "Role", "Ordinal");

  private KbAgentCallChecks() {}

  /** Reports actions whose target pods cannot be resolved; true when there are none. */
  static boolean targetsResolvable(SynthesizedComponent c, Reporter reporter) {
    boolean ok = true;
    for (KbAgentAction a : KbAgentActions.defined(c)) {
      if (a.probe()) {
        continue; // kbagent runs probes in every pod by itself
      }
      String base = a.pointer();
      JsonNode action = a.action();
      if (Nodes.text(action, "targetPodSelector").isEmpty()
          && !Nodes.text(action.path("exec"), "targetPodSelector").isEmpty()) {
        base = base + "/exec";
        action = action.path("exec");
      }
      String selector = Nodes.text(action, "targetPodSelector");
      String key = Nodes.text(action, "matchingKey");
      String problem = null;
      String at = base + "/targetPodSelector";
      if (selector.isEmpty()) {
        continue;
      } else if (!SELECTORS.contains(selector)) {
        problem = "targetPodSelector '" + selector + "' is none of Any, All, Role, Ordinal";
      } else if (selector.equals("Role") && !definesRole(c, key)) {
        problem = "matchingKey '" + key + "' names no role of the component";
        at = base + "/matchingKey";
      } else if (selector.equals("Ordinal") && !key.matches("[0-9]+")) {
        problem = "matchingKey '" + key + "' is no ordinal";
        at = base + "/matchingKey";
      }
      if (problem != null) {
        reporter.value(
            Code.KB5620,
            a.document(),
            at,
            "action '" + a.name() + "': " + problem,
            "kb apply could not find a pod to call it on (nor could KubeBlocks)");
        ok = false;
      }
    }
    return ok;
  }

  private static boolean definesRole(SynthesizedComponent c, String role) {
    for (JsonNode r : c.definitionSpec().path("roles")) {
      if (Nodes.text(r, "name").toLowerCase(Locale.ROOT).equals(role.toLowerCase(Locale.ROOT))
          && !role.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
