package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What stops kbagent from being built or from running an action, checked at render time so that no
 * action is dropped without a word. KubeBlocks silently ignores an action without a handler
 * (Action.Defined) and kbagent runs only the first of several handlers; both are errors here
 * ({@link Code#KB5600}, {@link Code#KB5601}). KubeBlocks' customExecActionImageNContainer allows
 * one exec image and one exec container across the actions, and the container must exist ({@link
 * Code#KB5602} to {@link Code#KB5604}).
 */
final class KbAgentChecks {
  /**
   * The image kbagent runs in ({@code ""}: the tools image) and the container whose mounts it gets.
   */
  record ExecTarget(String image, JsonNode container) {}

  private KbAgentChecks() {}

  /** Reports actions kbagent cannot run; true when there are none. */
  static boolean actionsRunnable(SynthesizedComponent c, Reporter reporter) {
    boolean ok = true;
    for (KbAgentAction a : KbAgentActions.all(c)) {
      if (a.handlers() == 0) {
        reporter.key(
            Code.KB5600,
            a.document(),
            a.pointer(),
            "action '" + a.name() + "' has no exec, http or grpc handler",
            "KubeBlocks would silently skip it and kbagent cannot run it: give it one handler");
        ok = false;
      } else if (a.handlers() > 1) {
        reporter.key(
            Code.KB5601,
            a.document(),
            a.pointer(),
            "action '" + a.name() + "' has more than one of exec, http and grpc",
            "kbagent runs only one of them (exec, else http, else grpc): keep one");
        ok = false;
      }
    }
    return ok;
  }

  /** The exec image and container shared by the actions; null after a finding. */
  static ExecTarget execTarget(
      SynthesizedComponent c, JsonNode pod, List<KbAgentAction> actions, Reporter reporter) {
    String image = "";
    String container = "";
    KbAgentAction containerSource = null;
    for (KbAgentAction a : actions) {
      JsonNode exec = a.exec();
      if (!exec.isObject()) {
        continue;
      }
      if (!a.image().isEmpty()) {
        if (!image.isEmpty() && !image.equals(a.image())) {
          reporter.key(
              Code.KB5602,
              a.document(),
              a.pointer() + "/exec",
              "action '"
                  + a.name()
                  + "' runs in image "
                  + a.image()
                  + ", another action in "
                  + image,
              "KubeBlocks allows one exec image across a component's actions");
          return null;
        }
        image = a.image();
      }
      String name = Nodes.text(exec, "container");
      if (!name.isEmpty()) {
        if (!container.isEmpty() && !container.equals(name)) {
          reporter.value(
              Code.KB5603,
              a.document(),
              a.pointer() + "/exec/container",
              "action '"
                  + a.name()
                  + "' runs in container '"
                  + name
                  + "', another in '"
                  + container
                  + "'",
              "KubeBlocks allows one exec container across a component's actions");
          return null;
        }
        container = name;
        containerSource = a;
      }
    }
    JsonNode found = null;
    if (!container.isEmpty()) {
      for (JsonNode candidate : pod.path("containers")) {
        if (container.equals(Nodes.text(candidate, "name"))) {
          found = candidate;
        }
      }
      if (found == null) {
        reporter.value(
            Code.KB5604,
            containerSource.document(),
            containerSource.pointer() + "/exec/container",
            "exec container '" + container + "' is not a container of the pod",
            "name one of the runtime containers");
        return null;
      }
    }
    return new ExecTarget(image, found);
  }
}
