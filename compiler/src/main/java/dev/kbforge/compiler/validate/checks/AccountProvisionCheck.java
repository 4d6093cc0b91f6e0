package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * Accounts other than the init account are created by lifecycleActions.accountProvision, so the
 * action must be defined when there is one (KB3127); reported once, at the first such account.
 */
public final class AccountProvisionCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      Located spec = Located.spec(doc);
      if (spec.get("lifecycleActions", "accountProvision").isObject()) {
        continue;
      }
      for (Located account : spec.items("systemAccounts")) {
        if (SystemAccounts.provisioned(account)) {
          reporter.value(
              Code.KB3127,
              doc,
              account.get("name").pointer(),
              "system account '"
                  + account.text("name")
                  + "' needs lifecycleActions.accountProvision, which is not defined",
              "define accountProvision, or mark the engine's own account initAccount: true");
          break;
        }
      }
    }
  }
}
