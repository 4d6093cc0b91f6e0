package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.model.LifecycleActionNames;
import java.util.ArrayList;
import java.util.List;

/** The exec handlers of a ComponentDefinition's actions. */
final class ExecActions {
  /**
   * The lifecycle actions whose exec handlers share kbagent's one image and container, in the order
   * KubeBlocks visits them (the first image or container it meets is the one it keeps).
   */
  static final List<String> SHARED_ORDER = LifecycleActionNames.SHARED_EXEC;

  /** One exec handler and a name for it in messages. */
  record Exec(String action, Located exec) {}

  private ExecActions() {}

  /**
   * Every exec handler: {@code lifecycleActions.<action>.exec} in document order, then the {@code
   * reconfigure.exec} of each config and script template.
   */
  static List<Exec> all(Located spec) {
    List<Exec> execs = new ArrayList<>();
    for (Located action : spec.get("lifecycleActions").values()) {
      if (action.get("exec").isObject()) {
        execs.add(new Exec(action.key(), action.get("exec")));
      }
    }
    for (String list : List.of("configs", "scripts")) {
      for (Located template : spec.items(list)) {
        Located exec = template.get("reconfigure", "exec");
        if (exec.isObject()) {
          execs.add(new Exec("reconfigure of '" + template.text("name") + "'", exec));
        }
      }
    }
    return execs;
  }

  /** The exec handlers kbagent serves from one image and container, in KubeBlocks' order. */
  static List<Exec> shared(Located spec) {
    List<Exec> execs = new ArrayList<>();
    for (String action : SHARED_ORDER) {
      Located exec = spec.get("lifecycleActions", action, "exec");
      if (exec.isObject()) {
        execs.add(new Exec(action, exec));
      }
    }
    return execs;
  }
}
