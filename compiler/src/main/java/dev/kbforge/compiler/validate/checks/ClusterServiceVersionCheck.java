package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.CompDefResolution;
import dev.kbforge.compiler.resolve.ComponentSlot;

/**
 * KB4030, KB4031, KB4032: the serviceVersion of a component, sharding template, shard template or
 * instance template is offered by a candidate ComponentDefinition (its own serviceVersion or a
 * release of a compatible ComponentVersion), compared the way KubeBlocks' CompareServiceVersion
 * does. Without a serviceVersion, the candidates must offer at least one version.
 */
public final class ClusterServiceVersionCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.slots()) {
      CompDefResolution r = slot.resolution();
      String offered =
          r.offered().isEmpty()
              ? "no ComponentDefinition matching '"
                  + r.pattern()
                  + "' has a serviceVersion and no ComponentVersion lists a release for one"
              : "offered versions: " + String.join(", ", r.offered());
      switch (r.status()) {
        case INVALID_VERSION ->
            reporter.value(
                Code.KB4031,
                layout.cluster(),
                slot.serviceVersionPointer(),
                "serviceVersion '" + r.requested() + "' is not a semantic version",
                offered);
        case NO_VERSION ->
            reporter.value(
                Code.KB4030,
                layout.cluster(),
                slot.serviceVersionPointer(),
                r.requested().isEmpty()
                    ? "ComponentDefinitions matching '" + r.pattern() + "' offer no version"
                    : "serviceVersion '"
                        + r.requested()
                        + "' is not offered by the ComponentDefinitions matching '"
                        + r.pattern()
                        + "'",
                offered);
        case RESOLVED -> {
          if (!r.exactVersionText()) {
            reporter.value(
                Code.KB4032,
                Severity.WARNING,
                layout.cluster(),
                slot.serviceVersionPointer(),
                "serviceVersion '"
                    + r.requested()
                    + "' matches '"
                    + r.serviceVersion()
                    + "' only as a semantic version",
                "KubeBlocks looks the version up by its text: write '" + r.serviceVersion() + "'");
          }
        }
        default -> {}
      }
    }
  }
}
