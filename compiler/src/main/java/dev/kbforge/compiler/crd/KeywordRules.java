package dev.kbforge.compiler.crd;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema keywords a Kubernetes structural schema has no keyword for, rewritten as CEL
 * rules with the same meaning: {@code propertyNames} length and pattern limits, {@code
 * dependentRequired}, and {@code if}/{@code then} of the one shape our schemas use ("when these
 * fields are set (and not empty), those are required"). Any other form throws, so a schema change
 * cannot silently lose a constraint.
 */
final class KeywordRules {
  private KeywordRules() {}

  /** {@code propertyNames: {maxLength, minLength, pattern}} as rules over the map's keys. */
  static List<CelRule> propertyNames(JsonNode names, String path) {
    List<CelRule> rules = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : names.properties()) {
      JsonNode value = entry.getValue();
      switch (entry.getKey()) {
        case "maxLength" ->
            rules.add(
                new CelRule(
                    "self.all(k, size(k) <= " + value.asLong() + ")",
                    "keys may not be longer than " + value.asLong() + " characters"));
        case "minLength" ->
            rules.add(
                new CelRule(
                    "self.all(k, size(k) >= " + value.asLong() + ")",
                    "keys must have at least " + value.asLong() + " characters"));
        case "pattern" ->
            rules.add(
                new CelRule(
                    "self.all(k, k.matches(" + quote(value.asString()) + "))",
                    "keys must match " + value.asString()));
        case "type", "description" -> {}
        default -> throw unsupported("propertyNames/" + entry.getKey(), path);
      }
    }
    return rules;
  }

  /** {@code dependentRequired: {a: [b, c]}}: when a is set, b and c must be too. */
  static List<CelRule> dependentRequired(JsonNode dependencies) {
    List<CelRule> rules = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : dependencies.properties()) {
      List<String> needed = strings(entry.getValue());
      rules.add(
          new CelRule(
              "!" + CelNames.has(entry.getKey()) + " || " + allHave(needed),
              String.join(", ", needed) + " required when " + entry.getKey() + " is set"));
    }
    return rules;
  }

  /**
   * {@code if: {required: [a...], properties: {a: {minLength: n}}}, then: {required: [b...]}}: when
   * every a is set (with at least n characters), every b is required.
   */
  static CelRule ifThen(JsonNode condition, JsonNode consequence, String path) {
    checkOnly(condition, List.of("required", "properties"), "if", path);
    checkOnly(consequence, List.of("required"), "then", path);
    List<String> fields = strings(condition.path("required"));
    List<String> needed = strings(consequence.path("required"));
    if (fields.isEmpty() || needed.isEmpty()) {
      throw unsupported("if/then without required fields", path);
    }
    List<String> escapes = new ArrayList<>();
    for (String field : fields) {
      escapes.add("!" + CelNames.has(field));
      JsonNode limits = condition.path("properties").path(field);
      checkOnly(limits, List.of("minLength"), "if/properties/" + field, path);
      if (limits.has("minLength")) {
        escapes.add("size(" + CelNames.self(field) + ") < " + limits.get("minLength").asLong());
      }
    }
    for (String field : condition.path("properties").propertyNames()) {
      if (!fields.contains(field)) {
        throw unsupported("if/properties/" + field + " without required", path);
      }
    }
    String when = String.join(" and ", fields) + (fields.size() == 1 ? " is" : " are");
    return new CelRule(
        String.join(" || ", escapes) + " || " + allHave(needed),
        String.join(", ", needed) + " required when " + when + " set");
  }

  private static String allHave(List<String> fields) {
    List<String> terms = fields.stream().map(CelNames::has).toList();
    return terms.size() == 1 ? terms.get(0) : "(" + String.join(" && ", terms) + ")";
  }

  private static void checkOnly(JsonNode node, List<String> allowed, String what, String path) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key) && !key.equals("description")) {
        throw unsupported(what + "/" + key, path);
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.asString()));
    return values;
  }

  /** A CEL string literal (single quotes, backslash escapes). */
  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static IllegalStateException unsupported(String what, String path) {
    return new IllegalStateException(
        "JSON Schema keyword " + what + " at '" + path + "' has no CRD equivalent here");
  }
}
