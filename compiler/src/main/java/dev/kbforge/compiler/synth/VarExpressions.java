package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.gotemplate.FunctionMap;
import dev.kbforge.gotemplate.GoTemplate;
import dev.kbforge.gotemplate.MissingKey;
import dev.kbforge.gotemplate.RenderOptions;
import dev.kbforge.gotemplate.TemplateException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A var's {@code expression}, evaluated as KubeBlocks does ({@code evaluateObjectVarsExpression} in
 * pkg/controller/component/vars.go): after every var is resolved and before {@code $(VAR)}
 * expansion, in declaration order, with Go's text/template, sprig's functions and {@code
 * missingkey=error}. The values are every var that has a value (credentials included), by name with
 * {@code -} read as {@code _}; each result updates them for the next expression. A var is evaluated
 * when it resolved to a value or did not resolve at all (an optional lookup that found nothing),
 * never when it is a Secret or ConfigMap reference; a var that had no value is added at the end.
 */
final class VarExpressions {
  private static final FunctionMap FUNCTIONS = FunctionMap.sprig();
  private static final RenderOptions OPTIONS =
      RenderOptions.DEFAULT.withMissingKey(MissingKey.ERROR);

  /** The engine's missingkey=error message, as Go words it. */
  private static final Pattern MISSING_KEY =
      Pattern.compile("map has no entry for key \"([^\"]*)\"");

  private final Map<String, GoTemplate> parsed = new HashMap<>();

  /** Evaluates the expressions of {@code vars} into {@code resolved}. */
  void evaluate(
      SynthesizedComponent component,
      List<SynthesizedComponent> cluster,
      List<JsonNode> vars,
      RawVars resolved,
      VarDiagnostics diagnostics) {
    Map<String, Boolean> isValue = new HashMap<>();
    Map<String, Object> values = new HashMap<>();
    for (List<RawVar> list : List.of(resolved.plain(), resolved.references())) {
      for (RawVar v : list) {
        isValue.put(v.name(), !v.isReference());
        if (!v.isReference()) {
          values.put(normalize(v.name()), v.value());
        }
      }
    }
    for (int i = 0; i < vars.size(); i++) {
      JsonNode var = vars.get(i);
      String name = Nodes.text(var, "name");
      String expression = Nodes.text(var, "expression");
      if (expression.isEmpty() || !isValue.getOrDefault(name, true)) {
        continue;
      }
      String result;
      try {
        result = template(expression).execute(values, OPTIONS);
      } catch (TemplateException e) {
        report(new VarScope(component, cluster, name, i, diagnostics), vars, name, e);
        continue;
      }
      update(resolved, values, name, result);
    }
  }

  /**
   * An expression that reads a var of the definition that has no value here is most likely reading
   * one kbforge left out because only the running cluster knows it (a warning said which): a
   * warning (KB5711), the var keeps its value. Any other failure fails in KubeBlocks too (KB5710).
   */
  private static void report(
      VarScope scope, List<JsonNode> vars, String name, TemplateException e) {
    Matcher missing = MISSING_KEY.matcher(e.detail());
    if (missing.find() && defines(vars, missing.group(1))) {
      scope.atExpression(
          Code.KB5711,
          "the expression of var '"
              + name
              + "' reads var '"
              + missing.group(1)
              + "', which has no value offline; the var keeps its value",
          "");
      return;
    }
    scope.atExpression(
        Code.KB5710,
        "the expression of var '" + name + "' fails: " + e.detail(),
        "KubeBlocks evaluates it with missingkey=error over the vars that have values"
            + " (names with '-' read as '_')");
  }

  private static boolean defines(List<JsonNode> vars, String normalized) {
    return vars.stream().anyMatch(v -> normalize(Nodes.text(v, "name")).equals(normalized));
  }

  private static void update(
      RawVars resolved, Map<String, Object> values, String name, String value) {
    if (values.containsKey(normalize(name))) {
      List<RawVar> plain = resolved.plain();
      for (int k = 0; k < plain.size(); k++) {
        if (plain.get(k).name().equals(name)) {
          plain.set(k, RawVar.value(name, value));
          break;
        }
      }
    } else {
      resolved.plain().add(RawVar.value(name, value));
    }
    values.put(normalize(name), value);
  }

  private GoTemplate template(String expression) throws TemplateException {
    GoTemplate template = parsed.get(expression);
    if (template == null) {
      template = GoTemplate.parse("vars", expression, FUNCTIONS);
      parsed.put(expression, template);
    }
    return template;
  }

  private static String normalize(String name) {
    return name.replace('-', '_');
  }
}
