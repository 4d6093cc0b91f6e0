package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.validate.checks.RenamedFieldCheck;
import java.util.List;

/** Every semantic check, in the order they run. Add a new rule here and in docs/diagnostics.md. */
public final class Checks {
  private Checks() {}

  public static List<Check> all() {
    return List.of(new RenamedFieldCheck());
  }
}
