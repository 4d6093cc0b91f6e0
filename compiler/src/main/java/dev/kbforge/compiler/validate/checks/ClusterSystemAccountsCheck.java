package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;

/** KB4051: each of a component's systemAccounts names an account of its ComponentDefinition. */
public final class ClusterSystemAccountsCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    DefinedNames.check(layout, "systemAccounts", Code.KB4051, "system account", reporter);
  }
}
