package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;

/** A componentVarRef's podNamesForRole/podFQDNsForRole names a defined role (KB3118). */
public final class ComponentVarRefRoleCheck extends VarRefCheck {
  private static final List<String> ROLE_FIELDS = List.of("podNamesForRole", "podFQDNsForRole");

  public ComponentVarRefRoleCheck() {
    super("componentVarRef");
  }

  @Override
  void check(SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter) {
    for (String field : ROLE_FIELDS) {
      Located role = ref.get(field, "role");
      if (!role.text().isEmpty() && !targets.any(t -> t.hasRole(role.text()))) {
        reporter.value(
            Code.KB3118,
            doc,
            role.pointer(),
            "role '" + role.text() + "' named by var '" + var + "' is not defined",
            Hints.unknown(role.text(), "role", targets.self().roles()));
      }
    }
  }
}
