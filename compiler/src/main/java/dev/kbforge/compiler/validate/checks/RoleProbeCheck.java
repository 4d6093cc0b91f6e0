package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * Roles are assigned by the roleProbe action alone: without one, no pod ever gets a role label, so
 * role-selecting services have no endpoints and role-ordered updates never finish (KB3125).
 */
public final class RoleProbeCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located spec = Located.spec(doc);
      if (!spec.names("roles", "name").isEmpty()
          && !spec.get("lifecycleActions", "roleProbe").isObject()) {
        reporter.key(
            Code.KB3125,
            doc,
            spec.get("roles").pointer(),
            "roles are defined but lifecycleActions.roleProbe is not",
            "without a roleProbe no pod gets a role label; add one or drop the roles");
      }
    }
  }
}
