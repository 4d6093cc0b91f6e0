package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A serviceVarRef names a service of the component (or {@code headless}, the default headless
 * service) (KB3115), and its port a port of that service (KB3116).
 */
public final class ServiceVarRefCheck extends VarRefCheck {
  private static final String HEADLESS = "headless";

  public ServiceVarRefCheck() {
    super("serviceVarRef");
  }

  @Override
  void check(SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter) {
    String service = ref.text("name");
    if (service.isEmpty() || service.equals(HEADLESS)) {
      return;
    }
    List<CmpdFacts> defining = targets.where(t -> t.services().containsKey(service));
    if (defining.isEmpty()) {
      Set<String> known = new LinkedHashSet<>(targets.self().services().keySet());
      known.add(HEADLESS);
      reporter.value(
          Code.KB3115,
          doc,
          ref.get("name").pointer(),
          "service '" + service + "' named by var '" + var + "' is not defined",
          Hints.unknown(service, "service", known));
      return;
    }
    Located port = ref.get("port", "name");
    if (!port.text().isEmpty()
        && defining.stream().noneMatch(t -> t.services().get(service).contains(port.text()))) {
      reporter.value(
          Code.KB3116,
          doc,
          port.pointer(),
          "port '" + port.text() + "' is not a port of service '" + service + "'",
          Hints.unknown(port.text(), "port", defining.get(0).services().get(service)));
    }
  }
}
