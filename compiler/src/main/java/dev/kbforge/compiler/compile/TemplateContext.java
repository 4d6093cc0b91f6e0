package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.render.TemplateValues;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The variables a config or script template sees (DESIGN section 4): every resolved non-credential
 * var of the component by name, {@code cluster} ({@code name}, {@code namespace}) and {@code
 * component} ({@code name}, {@code fullName}, {@code replicas}, {@code serviceVersion}), overridden
 * by the Cluster's {@code configs[].variables} for that template.
 */
final class TemplateContext {
  private TemplateContext() {}

  /** The context shared by every template of a component. */
  static Map<String, Object> of(SynthesizedComponent c, ResolvedVars vars) {
    Map<String, Object> context = new LinkedHashMap<>(vars.templateContext());
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("name", c.cluster().name());
    cluster.put("namespace", c.cluster().namespace());
    context.put("cluster", cluster);
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("name", c.name());
    component.put("fullName", c.fullName());
    component.put("replicas", (long) c.replicas());
    component.put("serviceVersion", c.serviceVersion());
    context.put("component", component);
    return context;
  }

  /**
   * {@code base} with the user's variables for one template on top ({@code configs[].variables}:
   * strings, integers among them usable as numbers).
   */
  static Map<String, Object> withVariables(Map<String, Object> base, JsonNode variables) {
    if (!variables.isObject() || variables.isEmpty()) {
      return base;
    }
    Map<String, Object> context = new LinkedHashMap<>(base);
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      JsonNode value = variable.getValue();
      context.put(
          variable.getKey(),
          value.isString()
              ? TemplateValues.scalar(value.asString())
              : TemplateValues.fromJson(value));
    }
    return context;
  }

  /**
   * The component's template vars as KubeBlocks keeps them ({@code SynthesizedComponent
   * .TemplateVars}, a {@code map[string]string}): every non-credential var by name, its value as
   * text.
   */
  static Map<String, String> goTemplateVars(ResolvedVars vars) {
    Map<String, String> out = new LinkedHashMap<>();
    vars.templateContext().forEach((name, value) -> out.put(name, String.valueOf(value)));
    return out;
  }

  /**
   * What a Go config or script template sees in KubeBlocks' component controller: the template
   * vars, overridden by the template's {@code variables} (strings).
   */
  static Map<String, Object> goValues(Map<String, String> templateVars, JsonNode variables) {
    Map<String, Object> values = new LinkedHashMap<>(templateVars);
    if (variables.isObject()) {
      for (Map.Entry<String, JsonNode> variable : variables.properties()) {
        JsonNode value = variable.getValue();
        values.put(variable.getKey(), value.isString() ? value.asString() : value.toString());
      }
    }
    return values;
  }
}
