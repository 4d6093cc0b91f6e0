package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a var becomes when its reference selects several components ({@code
 * multipleClusterObjectOption}). Values and references are handled as two lists, as KubeBlocks
 * does: each list that has at least one value gets its own vars.
 *
 * <ul>
 *   <li>{@code individual}: an empty {@code NAME} plus {@code NAME_<COMP>} per component, the
 *       component's short name upper-cased with {@code -} turned into {@code _} (a component
 *       without a value gets an empty one);
 *   <li>{@code combined}: one value {@code comp1:v1,comp2:v2} (delimiters from {@code
 *       flattenFormat}), under {@code NAME}, or under {@code NAME_<newVarSuffix>} next to an empty
 *       {@code NAME}. References cannot be combined.
 * </ul>
 */
final class MultipleObjects {
  private MultipleObjects() {}

  /**
   * @param values short component name to value, sorted by name
   */
  static RawVars of(VarScope scope, JsonNode option, Map<String, VarValue> values) {
    if ("combined".equals(Nodes.text(option, "strategy"))) {
      return combined(scope, option, values);
    }
    return individual(scope.name(), values);
  }

  private static RawVars individual(String name, Map<String, VarValue> values) {
    RawVars out = RawVars.empty();
    if (values.values().stream().anyMatch(v -> v instanceof VarValue.Text)) {
      out.plain().add(RawVar.value(name, ""));
      values.forEach(
          (comp, v) ->
              out.plain()
                  .add(
                      RawVar.value(
                          individualName(name, comp),
                          v instanceof VarValue.Text t ? t.value() : "")));
    }
    if (values.values().stream().anyMatch(v -> v instanceof VarValue.Reference)) {
      out.references().add(RawVar.value(name, ""));
      values.forEach(
          (comp, v) ->
              out.references()
                  .add(
                      v instanceof VarValue.Reference r
                          ? RawVar.reference(individualName(name, comp), r.valueFrom())
                          : RawVar.value(individualName(name, comp), "")));
    }
    return out;
  }

  /** {@code NAME_<COMP>}: the short name upper-cased, {@code -} turned into {@code _}. */
  static String individualName(String name, String component) {
    return name + "_" + component.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  private static RawVars combined(VarScope scope, JsonNode option, Map<String, VarValue> values) {
    if (values.values().stream().anyMatch(v -> v instanceof VarValue.Reference)) {
      scope.atVar(
          Code.KB5213,
          scope.describe()
              + " combines values of several components, but they are Secret or "
              + "ConfigMap references");
      return RawVars.empty();
    }
    if (values.values().stream().noneMatch(v -> v instanceof VarValue.Text)) {
      return RawVars.empty();
    }
    JsonNode combinedOption = option.path("combinedOption");
    JsonNode flatten = combinedOption.path("flattenFormat");
    String pairs = flatten.isObject() ? Nodes.text(flatten, "delimiter") : ",";
    String keyValue = flatten.isObject() ? Nodes.text(flatten, "keyValueDelimiter") : ":";
    List<String> items = new ArrayList<>();
    values.forEach(
        (comp, v) -> items.add(comp + keyValue + (v instanceof VarValue.Text t ? t.value() : "")));
    String value = String.join(pairs, items);
    RawVars out = RawVars.empty();
    JsonNode suffix = combinedOption.path("newVarSuffix");
    if (suffix.isString()) {
      out.plain().add(RawVar.value(scope.name(), ""));
      out.plain().add(RawVar.value(scope.name() + "_" + suffix.asString(), value));
    } else {
      out.plain().add(RawVar.value(scope.name(), value));
    }
    return out;
  }
}
