package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;

/** KB4042: the instance templates of a component have unique names. */
public final class ClusterInstanceNamesUniqueCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      DuplicateNames.report(
          layout.cluster(),
          slot.at("/instances"),
          Nodes.items(slot.spec(), "instances"),
          Code.KB4042,
          "instance template",
          reporter);
    }
  }
}
