package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * An exec action's {@code container} names a container of the runtime (KB3122). KubeBlocks looks it
 * up among {@code runtime.containers} only and fails the component with "exec container not found"
 * otherwise, so an init container does not do either.
 */
public final class ExecContainerCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      CmpdFacts facts = CmpdFacts.of(doc);
      for (ExecActions.Exec exec : ExecActions.all(Located.spec(doc))) {
        Located container = exec.exec().get("container");
        String name = container.text();
        if (name.isEmpty() || facts.containers().containsKey(name)) {
          continue;
        }
        String hint =
            facts.initContainers().containsKey(name)
                ? "'" + name + "' is an init container; exec actions run in a regular container"
                : Hints.unknown(name, "container", facts.containers().keySet());
        reporter.value(
            Code.KB3122,
            doc,
            container.pointer(),
            "container '" + name + "' of action " + exec.action() + " is not in runtime.containers",
            hint);
      }
    }
  }
}
