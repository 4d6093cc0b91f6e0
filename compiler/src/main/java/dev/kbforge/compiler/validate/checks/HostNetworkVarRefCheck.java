package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;
import java.util.Set;

/**
 * A hostNetworkVarRef names a container of the runtime (KB3120) and one of that container's named
 * ports (KB3121).
 */
public final class HostNetworkVarRefCheck extends VarRefCheck {
  public HostNetworkVarRefCheck() {
    super("hostNetworkVarRef");
  }

  @Override
  void check(SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter) {
    Located container = ref.get("container", "name");
    String name = container.text();
    if (name.isEmpty()) {
      return;
    }
    List<CmpdFacts> defining = targets.where(t -> ports(t, name) != null);
    if (defining.isEmpty()) {
      reporter.value(
          Code.KB3120,
          doc,
          container.pointer(),
          "container '" + name + "' named by var '" + var + "' is not in the runtime",
          Hints.unknown(name, "container", targets.self().containers().keySet()));
      return;
    }
    Located port = ref.get("container", "port", "name");
    if (!port.text().isEmpty()
        && defining.stream().noneMatch(t -> ports(t, name).contains(port.text()))) {
      reporter.value(
          Code.KB3121,
          doc,
          port.pointer(),
          "port '" + port.text() + "' is not a named port of container '" + name + "'",
          Hints.unknown(port.text(), "port", ports(defining.get(0), name)));
    }
  }

  /** The named ports of a container or init container, or null when there is no such one. */
  private static Set<String> ports(CmpdFacts cmpd, String container) {
    Set<String> ports = cmpd.containers().get(container);
    return ports != null ? ports : cmpd.initContainers().get(container);
  }
}
