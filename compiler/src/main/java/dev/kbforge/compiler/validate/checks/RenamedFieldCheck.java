package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import tools.jackson.databind.JsonNode;

/**
 * Flags fields that KubeBlocks renamed but kbforge still accepts (KB2011, at the old key). Today: a
 * ComponentDefinition's {@code systemAccounts[].passwordGenerationPolicy}, renamed to {@code
 * passwordConfig}. (A ShardingDefinition's system accounts never had a password policy, so the rule
 * does not apply there.)
 */
public final class RenamedFieldCheck implements Check {
  private static final String OLD_NAME = "passwordGenerationPolicy";
  private static final String NEW_NAME = "passwordConfig";

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      JsonNode accounts = doc.root().path("spec").path("systemAccounts");
      for (int i = 0; accounts.isArray() && i < accounts.size(); i++) {
        if (accounts.get(i).isObject() && accounts.get(i).has(OLD_NAME)) {
          String pointer = Pointers.child(Pointers.child("/spec/systemAccounts", i), OLD_NAME);
          reporter.key(
              Code.KB2011,
              doc,
              pointer,
              "'" + OLD_NAME + "' is the old name of '" + NEW_NAME + "'",
              "KubeBlocks main renamed it to '"
                  + NEW_NAME
                  + "' on 2026-08-04; a server running main drops the old name, and the account"
                  + " then gets no password");
        }
      }
    }
  }
}
