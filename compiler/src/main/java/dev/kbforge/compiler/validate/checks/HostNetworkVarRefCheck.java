package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.Set;

/**
 * A hostNetworkVarRef names a container of the runtime (KB3120 in its own definition, KB3410
 * through compDef) and one of that container's named ports (KB3121, KB3411). KubeBlocks finds no
 * host port for an unknown container or port and then fails unless the port's option is Optional
 * (resolveHostNetworkPortRef in pkg/controller/component/vars.go): with Optional, one matching
 * definition defining it is enough.
 */
public final class HostNetworkVarRefCheck extends VarRefCheck {
  public HostNetworkVarRefCheck() {
    super("hostNetworkVarRef");
  }

  @Override
  void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter) {
    Located container = ref.get("container", "name");
    String name = container.text();
    if (name.isEmpty()) {
      return;
    }
    boolean mayBeAbsent = optionalOption(ref.get("container", "port"));
    targets.report(
        reporter,
        doc,
        new VarRefTargets.Named(container, "container"),
        targets.lacking(t -> ports(t, name) != null, mayBeAbsent),
        Code.KB3120,
        Code.KB3410,
        var,
        t -> t.containers().keySet());
    VarRefTargets defining = targets.where(t -> ports(t, name) != null);
    Located port = ref.get("container", "port", "name");
    if (port.text().isEmpty() || defining.definitions().isEmpty()) {
      return;
    }
    defining.report(
        reporter,
        doc,
        new VarRefTargets.Named(port, "port", port.text(), "container '" + name + "'"),
        defining.lacking(t -> ports(t, name).contains(port.text()), mayBeAbsent),
        Code.KB3121,
        Code.KB3411,
        var,
        t -> ports(t, name));
  }

  /** The named ports of a container or init container, or null when there is no such one. */
  private static Set<String> ports(CmpdFacts cmpd, String container) {
    Set<String> ports = cmpd.containers().get(container);
    return ports != null ? ports : cmpd.initContainers().get(container);
  }
}
