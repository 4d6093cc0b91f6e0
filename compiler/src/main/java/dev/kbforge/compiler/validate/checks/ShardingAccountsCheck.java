package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;

/**
 * A sharding's systemAccounts only tune accounts the shards' ComponentDefinition defines: the
 * controller requires each name in every definition the template matches (KB3304). Definitions not
 * in the input set are KB3405's concern.
 */
public final class ShardingAccountsCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.SHARDING_DEFINITION)) {
      Located spec = Located.spec(doc);
      String pattern = spec.get("template", "compDef").text();
      if (pattern.isEmpty()) {
        continue;
      }
      var cmpds = CmpdLookup.matching(inputs, pattern).stream().map(CmpdFacts::of).toList();
      for (Located account : spec.names("systemAccounts", "name")) {
        for (CmpdFacts cmpd : cmpds) {
          if (!cmpd.accounts().contains(account.text())) {
            reporter.value(
                Code.KB3304,
                doc,
                account.pointer(),
                "system account '"
                    + account.text()
                    + "' is not defined by ComponentDefinition '"
                    + cmpd.name()
                    + "'",
                Hints.unknown(account.text(), "system account", cmpd.accounts()));
            break;
          }
        }
      }
    }
  }
}
