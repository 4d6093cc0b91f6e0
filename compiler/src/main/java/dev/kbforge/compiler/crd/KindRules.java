package dev.kbforge.compiler.crd;

import java.util.List;
import java.util.Map;

/**
 * The CEL rules of each kind that our JSON Schemas leave to kbforge's semantic checks (they span
 * list items or compare old and new objects), placed at a field path: dotted names, {@code []} for
 * "every item". Rules our schemas do express ({@code if/then}, {@code propertyNames}) are derived
 * from them instead ({@link KeywordRules}).
 */
final class KindRules {
  private KindRules() {}

  static Map<String, List<CelRule>> of(CrdKind kind) {
    return switch (kind) {
      case CLUSTER ->
          Map.of(
              "spec",
              List.of(
                  new CelRule(
                      "!has(oldSelf.topology) || has(self.topology)",
                      "topology cannot be removed once set")),
              "spec.clusterDef",
              List.of(CelRule.immutable("clusterDef")),
              "spec.topology",
              List.of(CelRule.immutable("topology")),
              "spec.restore",
              List.of(CelRule.immutable("restore")),
              "spec.shardings[].name",
              List.of(CelRule.immutable("a sharding's name")),
              "spec.componentSpecs",
              List.of(
                  new CelRule(
                      "self.all(a, self.exists_one(b, b.name == a.name))",
                      "componentSpecs must have unique names"),
                  new CelRule(
                      "self.all(c, has(c.componentDef)) || self.all(c, !has(c.componentDef))",
                      "either every componentSpec sets componentDef or none does")));
      case COMPONENT_DEFINITION ->
          Map.of(
              "spec.replicasLimit",
              List.of(
                  new CelRule(
                      "self.minReplicas <= self.maxReplicas",
                      "minReplicas may not be greater than maxReplicas")));
      case SHARDING_DEFINITION ->
          Map.of(
              "spec.shardsLimit",
              List.of(
                  new CelRule(
                      "self.minShards <= self.maxShards",
                      "minShards may not be greater than maxShards")));
      case CLUSTER_DEFINITION, COMPONENT_VERSION, INSTANCE_SET -> Map.of();
    };
  }
}
