package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/** A credentialVarRef names a system account of the component (KB3117). */
public final class CredentialVarRefCheck extends VarRefCheck {
  public CredentialVarRefCheck() {
    super("credentialVarRef");
  }

  @Override
  void check(SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter) {
    String account = ref.text("name");
    if (!account.isEmpty() && !targets.any(t -> t.accounts().contains(account))) {
      reporter.value(
          Code.KB3117,
          doc,
          ref.get("name").pointer(),
          "system account '" + account + "' named by var '" + var + "' is not defined",
          Hints.unknown(account, "system account", targets.self().accounts()));
    }
  }
}
