package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * A system account that is not the engine's init account is created by the accountProvision action,
 * which runs its {@code statement.create} (KB3126).
 */
public final class AccountStatementCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (Located account : Located.spec(doc).items("systemAccounts")) {
        if (SystemAccounts.provisioned(account)
            && account.get("statement", "create").text().isEmpty()) {
          reporter.value(
              Code.KB3126,
              doc,
              account.get("name").pointer(),
              "system account '" + account.text("name") + "' has no statement.create",
              "set statement.create, or initAccount: true for the account the engine creates"
                  + " itself");
        }
      }
    }
  }
}
