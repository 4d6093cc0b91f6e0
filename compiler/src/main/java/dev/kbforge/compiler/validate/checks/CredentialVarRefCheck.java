package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/**
 * A credentialVarRef names a system account of the definitions it resolves in (KB3117 in its own
 * definition, KB3408 through compDef). KubeBlocks reads the account's Secret; an {@code optional}
 * reference tolerates a missing one (resolveCredentialVarRefLow and resolveClusterObjectVars in
 * pkg/controller/component/vars.go), so then one matching definition defining it is enough.
 */
public final class CredentialVarRefCheck extends VarRefCheck {
  public CredentialVarRefCheck() {
    super("credentialVarRef");
  }

  @Override
  void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter) {
    Located account = ref.get("name");
    if (account.text().isEmpty()) {
      return;
    }
    targets.report(
        reporter,
        doc,
        new VarRefTargets.Named(account, "system account"),
        targets.lacking(t -> t.accounts().contains(account.text()), ref.isTrue("optional")),
        Code.KB3117,
        Code.KB3408,
        var,
        CmpdFacts::accounts);
  }
}
