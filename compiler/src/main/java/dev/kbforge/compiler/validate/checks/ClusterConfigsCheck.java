package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;

/** KB4053: each of a component's configs names a config template of its ComponentDefinition. */
public final class ClusterConfigsCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    DefinedNames.check(layout, "configs", Code.KB4053, "config", reporter);
  }
}
