package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;

/**
 * KB4050 (a warning): each of a component's services should name a service of its
 * ComponentDefinition. KubeBlocks only applies entries that match a definition service and drops
 * the others without a word (overrideComponentServices in
 * pkg/controller/component/synthesize_component.go), so such an entry changes nothing: no Service
 * is created for it. The lowering ignores it the same way ({@code ComponentServiceLowerer}).
 */
public final class ClusterComponentServicesCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    DefinedNames.check(
        layout,
        "services",
        Code.KB4050,
        "service",
        ": KubeBlocks ignores this entry, so it creates or changes no Service",
        reporter);
  }
}
