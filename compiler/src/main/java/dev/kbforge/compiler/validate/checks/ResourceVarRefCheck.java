package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/**
 * A resourceVarRef's storage names a volume of the component: one of {@code volumes}, a runtime
 * volume or a volume a container mounts (KB3119).
 */
public final class ResourceVarRefCheck extends VarRefCheck {
  public ResourceVarRefCheck() {
    super("resourceVarRef");
  }

  @Override
  void check(SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter) {
    Located volume = ref.get("storage", "name");
    String name = volume.text();
    if (!name.isEmpty()
        && !targets.any(t -> t.volumes().contains(name) || t.podVolumes().contains(name))) {
      reporter.value(
          Code.KB3119,
          doc,
          volume.pointer(),
          "volume '" + name + "' named by var '" + var + "' is not defined",
          Hints.unknown(name, "volume", targets.self().volumes()));
    }
  }
}
