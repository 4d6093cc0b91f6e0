package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Resolves a component's ComponentDefinition {@code spec.vars} the way KubeBlocks' vars transformer
 * does (reference sections 2.1 and 6.5): each var in declaration order from its value or its {@code
 * valueFrom} source, then {@code $(VAR)} expansion, then delivery into the env ConfigMap, the
 * containers' env and the template context. What KubeBlocks learns only at run time (UIDs, pod
 * roles, allocated ports) is reported as a warning; var expressions are evaluated as KubeBlocks
 * evaluates them ({@link VarExpressions}).
 *
 * <p>One resolver may serve many components and clusters: a finding about a definition is reported
 * once, however many components use it.
 */
public final class VarResolver {
  private final VarDiagnostics diagnostics;
  private final VarExpressions expressions = new VarExpressions();

  public VarResolver(Reporter reporter) {
    this.diagnostics = new VarDiagnostics(reporter);
  }

  /**
   * @param component the component whose vars to resolve
   * @param cluster every component of its cluster (shards included), for {@code compDef} references
   */
  public ResolvedVars resolve(SynthesizedComponent component, List<SynthesizedComponent> cluster) {
    List<JsonNode> vars = Nodes.items(component.definitionSpec(), "vars");
    RawVars resolved = RawVars.empty();
    for (int i = 0; i < vars.size(); i++) {
      JsonNode var = vars.get(i);
      String name = Nodes.text(var, "name");
      if (name.isEmpty()) {
        continue;
      }
      JsonNode valueFrom = var.path("valueFrom");
      if (valueFrom.isObject() && !valueFrom.isEmpty()) {
        VarScope scope = new VarScope(component, cluster, name, i, diagnostics);
        resolved.addAll(VarSources.resolve(scope, valueFrom));
      } else {
        resolved.plain().add(RawVar.value(name, Nodes.text(var, "value")));
      }
    }
    expressions.evaluate(component, cluster, vars, resolved, diagnostics);
    return VarExpansion.expand(resolved);
  }
}
