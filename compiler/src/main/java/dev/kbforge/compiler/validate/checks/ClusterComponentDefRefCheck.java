package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.CompDefResolution;
import dev.kbforge.compiler.resolve.ComponentSlot;

/**
 * KB4020: every component definition reference a Cluster relies on matches a ComponentDefinition of
 * the input set: the components' componentDef, or the compDef their topology (or
 * ShardingDefinition) supplies. A reference to another addon's definitions that the input set does
 * not hold is an error here, because this Cluster cannot run without them.
 */
public final class ClusterComponentDefRefCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.slots()) {
      if (slot.resolution().status() != CompDefResolution.Status.NO_DEFINITION) {
        continue;
      }
      boolean own =
          slot.compDefSource().equals("componentDef") || slot.compDefSource().equals("compDef");
      String message =
          own
              ? slot.compDefSource()
                  + " '"
                  + slot.compDef()
                  + "' matches no ComponentDefinition in the input set"
              : "'"
                  + slot.name()
                  + "' needs a ComponentDefinition matching '"
                  + slot.compDef()
                  + "' ("
                  + slot.compDefSource()
                  + "), and none is in the input set";
      reporter.value(
          Code.KB4020,
          layout.cluster(),
          slot.compDefPointer(),
          message,
          ClusterHints.unknown(
              slot.compDef(),
              layout.definitions().names(Kind.COMPONENT_DEFINITION),
              "ComponentDefinitions in the input set"));
    }
  }
}
