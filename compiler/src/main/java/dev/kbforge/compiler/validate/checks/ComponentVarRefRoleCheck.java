package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;

/**
 * A componentVarRef's podNamesForRole/podFQDNsForRole names roles of the definitions it resolves in
 * (KB3118 in its own definition, KB3409 through compDef). KubeBlocks reads the field as a
 * comma-separated list, an empty item meaning pods without a role (componentVarPodsWithRoleGetter
 * in pkg/controller/component/vars.go). An undefined role only yields an empty list there, so an
 * optional reference or an Optional role needs one matching definition to define it.
 */
public final class ComponentVarRefRoleCheck extends VarRefCheck {
  private static final List<String> ROLE_FIELDS = List.of("podNamesForRole", "podFQDNsForRole");

  public ComponentVarRefRoleCheck() {
    super("componentVarRef");
  }

  @Override
  void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter) {
    for (String field : ROLE_FIELDS) {
      Located role = ref.get(field, "role");
      boolean mayBeAbsent = ref.isTrue("optional") || optionalOption(ref.get(field));
      for (String name : role.text().split(",", -1)) {
        if (name.isEmpty()) {
          continue;
        }
        targets.report(
            reporter,
            doc,
            new VarRefTargets.Named(role, "role", name, ""),
            targets.lacking(t -> t.hasRole(name), mayBeAbsent),
            Code.KB3118,
            Code.KB3409,
            var,
            CmpdFacts::roles);
      }
    }
  }
}
