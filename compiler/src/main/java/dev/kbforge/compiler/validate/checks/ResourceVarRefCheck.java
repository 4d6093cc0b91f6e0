package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;

/**
 * A resourceVarRef's storage names a volume of the definitions it resolves in: one of {@code
 * volumes}, a runtime volume or a volume a container mounts (KB3119 in its own definition, KB3412
 * through compDef). An Optional storage needs one matching definition to define it.
 */
public final class ResourceVarRefCheck extends VarRefCheck {
  public ResourceVarRefCheck() {
    super("resourceVarRef");
  }

  @Override
  void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter) {
    Located volume = ref.get("storage", "name");
    String name = volume.text();
    if (name.isEmpty()) {
      return;
    }
    targets.report(
        reporter,
        doc,
        new VarRefTargets.Named(volume, "volume"),
        targets.lacking(
            t -> t.volumes().contains(name) || t.podVolumes().contains(name),
            optionalOption(ref.get("storage"))),
        Code.KB3119,
        Code.KB3412,
        var,
        CmpdFacts::volumes);
  }
}
