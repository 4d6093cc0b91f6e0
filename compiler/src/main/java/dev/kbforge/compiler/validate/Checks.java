package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.validate.checks.ClusterChecks;
import java.util.ArrayList;
import java.util.List;

/** Every semantic check, in the order they run. Add a new rule here and in docs/diagnostics.md. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    List<Check> all = new ArrayList<>();
    all.addAll(ClusterChecks.all());
    return List.copyOf(all);
  }
}
