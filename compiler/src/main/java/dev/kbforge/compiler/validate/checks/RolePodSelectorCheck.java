package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * An exec action with {@code targetPodSelector: Role} runs on the pods of the role named by {@code
 * matchingKey}, which must be set and name a defined role (KB3135).
 */
public final class RolePodSelectorCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      CmpdFacts facts = CmpdFacts.of(doc);
      for (ExecActions.Exec exec : ExecActions.all(Located.spec(doc))) {
        Located selector = exec.exec().get("targetPodSelector");
        if (!selector.text().equals("Role")) {
          continue;
        }
        Located key = exec.exec().get("matchingKey");
        if (key.text().isEmpty()) {
          reporter.value(
              Code.KB3135,
              doc,
              selector.pointer(),
              "action " + exec.action() + " selects pods by role but sets no matchingKey",
              "set matchingKey to the role to run on; " + Hints.known("role", facts.roles()));
        } else if (!facts.hasRole(key.text())) {
          reporter.value(
              Code.KB3135,
              doc,
              key.pointer(),
              "matchingKey '" + key.text() + "' of action " + exec.action() + " is not a role",
              Hints.unknown(key.text(), "role", facts.roles()));
        }
      }
    }
  }
}
