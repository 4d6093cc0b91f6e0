package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;

/** KB4050: each of a component's services names a service of its ComponentDefinition. */
public final class ClusterComponentServicesCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    DefinedNames.check(layout, "services", Code.KB4050, "service", reporter);
  }
}
