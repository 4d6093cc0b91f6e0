package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import java.util.List;

/**
 * One var of one component being resolved: the component, the cluster's other components (which
 * {@code compDef} references select from) and where findings go. Findings about what a definition
 * declares point at the var in the ComponentDefinition; findings about what the Cluster lacks point
 * at the Cluster component.
 *
 * @param self the component whose var this is
 * @param cluster every component of the cluster, shards included
 * @param name the var name
 * @param index the var's index in {@code spec.vars}
 */
record VarScope(
    SynthesizedComponent self,
    List<SynthesizedComponent> cluster,
    String name,
    int index,
    VarDiagnostics diagnostics) {

  /** A finding at the var in the ComponentDefinition. */
  void atVar(Code code, String message) {
    diagnostics.report(code, self.definition(), "/spec/vars/" + index, message, "");
  }

  /** A finding at the var's {@code expression}. */
  void atExpression(Code code, String message, String hint) {
    diagnostics.report(
        code, self.definition(), "/spec/vars/" + index + "/expression", message, hint);
  }

  /** A finding at the Cluster component (or sharding) the var is resolved for. */
  void atComponent(Code code, String message, String hint) {
    diagnostics.report(code, self.cluster().document(), self.specPointer(), message, hint);
  }

  /** "var 'X' of ComponentDefinition 'd'", for messages. */
  String describe() {
    return "var '" + name + "' of ComponentDefinition '" + self.definitionName() + "'";
  }

  String clusterDomain() {
    return self.cluster().options().clusterDomain();
  }
}
