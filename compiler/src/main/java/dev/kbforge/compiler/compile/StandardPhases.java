package dev.kbforge.compiler.compile;

import java.util.List;
import java.util.Map;

/**
 * The lowerers of each target, in a fixed order (the order only matters for diagnostics: objects
 * are sorted into apply order afterwards), and the resolution steps.
 */
final class StandardPhases {
  private StandardPhases() {}

  static CompilePhases create() {
    // TODO(merge): synthesizer, vars and lowerers land on main from the other compile branches.
    return new CompilePhases(
        (layout, cluster, inputs, reporter) -> List.of(),
        (components, inputs, reporter) -> Map.of(),
        Map.of(),
        Map.of());
  }
}
