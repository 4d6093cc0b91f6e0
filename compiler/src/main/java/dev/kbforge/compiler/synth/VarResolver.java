package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Resolves a component's ComponentDefinition {@code spec.vars} the way KubeBlocks' vars transformer
 * does (reference sections 2.1 and 6.5): each var in declaration order from its value or its {@code
 * valueFrom} source, then {@code $(VAR)} expansion, then delivery into the env ConfigMap, the
 * containers' env and the template context. What KubeBlocks learns only at run time (UIDs, pod
 * roles, allocated ports, Go-template expressions) is reported as a warning.
 *
 * <p>One resolver may serve many components and clusters: a finding about a definition is reported
 * once, however many components use it.
 */
public final class VarResolver {
  private final VarDiagnostics diagnostics;

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
    expressions(component, cluster, vars, resolved);
    return VarExpansion.expand(resolved);
  }

  /**
   * KubeBlocks evaluates a var's Go-template {@code expression} when the var resolved to a value or
   * not at all (never for a credential); kbforge cannot, so it keeps the value and says so.
   */
  private void expressions(
      SynthesizedComponent component,
      List<SynthesizedComponent> cluster,
      List<JsonNode> vars,
      RawVars resolved) {
    Map<String, Boolean> isValue = new HashMap<>();
    resolved.plain().forEach(v -> isValue.put(v.name(), true));
    resolved.references().forEach(v -> isValue.put(v.name(), !v.isReference()));
    for (int i = 0; i < vars.size(); i++) {
      JsonNode var = vars.get(i);
      String name = Nodes.text(var, "name");
      if (Nodes.text(var, "expression").isEmpty() || !isValue.getOrDefault(name, true)) {
        continue;
      }
      new VarScope(component, cluster, name, i, diagnostics)
          .atVar(
              Code.KB5220,
              "the expression of var '"
                  + name
                  + "' is a Go template, which kbforge does not "
                  + "evaluate; the var keeps its "
                  + (isValue.containsKey(name) ? "plain value" : "absence of a value"));
    }
  }
}
