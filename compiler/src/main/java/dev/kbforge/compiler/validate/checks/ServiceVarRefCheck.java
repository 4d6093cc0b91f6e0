package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A serviceVarRef names a service of the definitions it resolves in (or {@code headless}, the
 * default headless service) (KB3115 in its own definition, KB3406 through compDef), and its port a
 * port of that service (KB3116, KB3407). An undefined service fails KubeBlocks' resolution even
 * when the reference is optional (compServiceGetter in pkg/controller/component/vars.go returns an
 * error, not NotFound), so every matching definition must define it; a missing port is tolerated
 * when the port's option is Optional.
 */
public final class ServiceVarRefCheck extends VarRefCheck {
  private static final String HEADLESS = "headless";

  public ServiceVarRefCheck() {
    super("serviceVarRef");
  }

  @Override
  void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter) {
    Located service = ref.get("name");
    String name = service.text();
    if (name.isEmpty() || name.equals(HEADLESS)) {
      return;
    }
    targets.report(
        reporter,
        doc,
        new VarRefTargets.Named(service, "service"),
        targets.lacking(t -> t.services().containsKey(name), false),
        Code.KB3115,
        Code.KB3406,
        var,
        ServiceVarRefCheck::serviceNames);
    VarRefTargets defining = targets.where(t -> t.services().containsKey(name));
    Located port = ref.get("port", "name");
    if (port.text().isEmpty() || defining.definitions().isEmpty()) {
      return;
    }
    defining.report(
        reporter,
        doc,
        new VarRefTargets.Named(port, "port", port.text(), "service '" + name + "'"),
        defining.lacking(
            t -> t.services().get(name).contains(port.text()), optionalOption(ref.get("port"))),
        Code.KB3116,
        Code.KB3407,
        var,
        t -> t.services().get(name));
  }

  private static Set<String> serviceNames(CmpdFacts cmpd) {
    Set<String> known = new LinkedHashSet<>(cmpd.services().keySet());
    known.add(HEADLESS);
    return known;
  }
}
