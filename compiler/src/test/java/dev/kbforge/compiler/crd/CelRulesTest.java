package dev.kbforge.compiler.crd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The CEL rules of the KubeBlocks reference (section 7) sit where they belong, and every field a
 * rule reads is a field of the node it is attached to (or of its items, for a loop variable). The
 * rules themselves are not evaluated here: no CEL engine runs offline.
 */
class CelRulesTest {
  private static final Pattern SELF_FIELD =
      Pattern.compile("\\b(?:self|oldSelf)\\.(\\w+)\\b(?!\\s*\\()");
  private static final Pattern ITEM_FIELD = Pattern.compile("\\b([a-z])\\.(\\w+)\\b(?!\\s*\\()");

  @Test
  void theReferenceRulesAreWhereTheyBelong() {
    CrdGenerator generator = new CrdGenerator();
    Map<String, List<String>> found = new TreeMap<>();
    for (CrdKind kind : CrdKind.values()) {
      JsonNode schema = SchemaNodes.openApiSchema(generator.generate(kind));
      for (SchemaNodes.Node node : SchemaNodes.all(schema)) {
        for (JsonNode rule : node.schema().path("x-kubernetes-validations")) {
          found
              .computeIfAbsent(kind.kind() + " " + node.path(), k -> new ArrayList<>())
              .add(rule.path("rule").asString());
        }
      }
    }
    String secretRef =
        "!has(self.secretRefRevision) || size(self.secretRefRevision) < 1"
            + " || has(self.secretRef)";
    Map<String, List<String>> expected = new TreeMap<>();
    expected.put("Cluster spec", List.of("!has(oldSelf.topology) || has(self.topology)"));
    expected.put("Cluster spec.clusterDef", List.of("self == oldSelf"));
    expected.put("Cluster spec.topology", List.of("self == oldSelf"));
    expected.put("Cluster spec.restore", List.of("self == oldSelf"));
    expected.put("Cluster spec.shardings[].name", List.of("self == oldSelf"));
    expected.put(
        "Cluster spec.componentSpecs",
        List.of(
            "self.all(a, self.exists_one(b, b.name == a.name))",
            "self.all(c, has(c.componentDef)) || self.all(c, !has(c.componentDef))"));
    expected.put("Cluster spec.componentSpecs[].systemAccounts[]", List.of(secretRef));
    expected.put("Cluster spec.shardings[].template.systemAccounts[]", List.of(secretRef));
    expected.put(
        "ComponentDefinition spec.replicasLimit", List.of("self.minReplicas <= self.maxReplicas"));
    expected.put(
        "ShardingDefinition spec.shardsLimit", List.of("self.minShards <= self.maxShards"));
    expected.put("ComponentVersion spec.releases[].images", List.of("self.all(k, size(k) <= 32)"));
    assertEquals(expected, found);
  }

  @Test
  void theLimitsBesideTheRulesAreSchemaBounds() {
    CrdGenerator generator = new CrdGenerator();
    JsonNode cmpd = SchemaNodes.openApiSchema(generator.generate(CrdKind.COMPONENT_DEFINITION));
    JsonNode limit = cmpd.at("/properties/spec/properties/replicasLimit/properties");
    assertEquals(0, limit.at("/minReplicas/minimum").asInt());
    assertEquals(16384, limit.at("/maxReplicas/maximum").asInt());
    JsonNode sd = SchemaNodes.openApiSchema(generator.generate(CrdKind.SHARDING_DEFINITION));
    JsonNode shards = sd.at("/properties/spec/properties/shardsLimit/properties");
    assertEquals(0, shards.at("/minShards/minimum").asInt());
    assertEquals(2048, shards.at("/maxShards/maximum").asInt());
    JsonNode cmpv = SchemaNodes.openApiSchema(generator.generate(CrdKind.COMPONENT_VERSION));
    JsonNode images = cmpv.at("/properties/spec/properties/releases/items/properties/images");
    assertEquals(256, images.at("/additionalProperties/maxLength").asInt());
  }

  @ParameterizedTest
  @EnumSource(CrdKind.class)
  void everyFieldARuleReadsExists(CrdKind kind) {
    JsonNode schema = SchemaNodes.openApiSchema(new CrdGenerator().generate(kind));
    List<String> unknown = new ArrayList<>();
    for (SchemaNodes.Node node : SchemaNodes.all(schema)) {
      for (JsonNode validation : node.schema().path("x-kubernetes-validations")) {
        String rule = validation.path("rule").asString();
        assertTrue(validation.path("message").asString("").length() > 5, rule);
        Matcher self = SELF_FIELD.matcher(rule);
        while (self.find()) {
          check(node.schema(), self.group(1), node.path() + " " + rule, unknown);
        }
        Matcher item = ITEM_FIELD.matcher(rule.replaceAll("'[^']*'", "''"));
        while (item.find()) {
          check(node.schema().path("items"), item.group(2), node.path() + " " + rule, unknown);
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  /**
   * The API server rejects a rule reading {@code oldSelf} below a list it cannot correlate old and
   * new items of: every list above such a rule must be a list map.
   */
  @ParameterizedTest
  @EnumSource(CrdKind.class)
  void transitionRulesSitWhereOldItemsCanBeFound(CrdKind kind) {
    JsonNode schema = SchemaNodes.openApiSchema(new CrdGenerator().generate(kind));
    List<String> uncorrelatable = new ArrayList<>();
    for (SchemaNodes.Node node : SchemaNodes.all(schema)) {
      if (!node.schema().path("x-kubernetes-validations").toString().contains("oldSelf")) {
        continue;
      }
      JsonNode at = schema;
      for (String part : node.path().split("\\.")) {
        boolean items = part.endsWith("[]");
        at = at.path("properties").path(items ? part.substring(0, part.length() - 2) : part);
        if (items && !"map".equals(at.path("x-kubernetes-list-type").asString(""))) {
          uncorrelatable.add(node.path() + " below the plain list " + part);
        }
        at = items ? at.path("items") : at;
      }
    }
    assertEquals(List.of(), uncorrelatable);
  }

  private static void check(JsonNode schema, String field, String where, List<String> unknown) {
    String name = field.matches("__\\w+__") ? field.substring(2, field.length() - 2) : field;
    if (!schema.path("properties").has(name)) {
      unknown.add(where + ": no field " + name);
    }
  }
}
