package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;

/** KB4055: a component's env var names are unique. */
public final class ClusterEnvNamesUniqueCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      DuplicateNames.report(
          layout.cluster(),
          slot.at("/env"),
          Nodes.items(slot.spec(), "env"),
          Code.KB4055,
          "env var",
          reporter);
    }
  }
}
