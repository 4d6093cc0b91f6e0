package dev.kbforge.compiler.validate.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each definition kind names other definitions by pattern (exact name, prefix or regex). Both
 * the "pattern compiles" and the "pattern matches something" rules read these lists.
 */
final class DefinitionPatterns {
  private DefinitionPatterns() {}

  /** ClusterDefinition {@code topologies[].components[].compDef}. */
  static List<Located> topologyCompDefs(Located spec) {
    List<Located> patterns = new ArrayList<>();
    for (Located topology : spec.items("topologies")) {
      patterns.addAll(topology.names("components", "compDef"));
    }
    return patterns;
  }

  /** ClusterDefinition {@code topologies[].shardings[].shardingDef}. */
  static List<Located> topologyShardingDefs(Located spec) {
    List<Located> patterns = new ArrayList<>();
    for (Located topology : spec.items("topologies")) {
      patterns.addAll(topology.names("shardings", "shardingDef"));
    }
    return patterns;
  }

  /**
   * ComponentDefinition {@code vars[].valueFrom.<any>VarRef.compDef} (set ones only: an empty
   * compDef means the component itself).
   */
  static List<Located> varCompDefs(Located spec) {
    List<Located> patterns = new ArrayList<>();
    for (Located var : spec.items("vars")) {
      for (Located source : var.get("valueFrom").values()) {
        Located compDef = source.get("compDef");
        if (!compDef.text().isEmpty()) {
          patterns.add(compDef);
        }
      }
    }
    return patterns;
  }

  /** ComponentVersion {@code compatibilityRules[].compDefs[]}. */
  static List<Located> versionCompDefs(Located spec) {
    List<Located> patterns = new ArrayList<>();
    for (Located rule : spec.items("compatibilityRules")) {
      for (Located compDef : rule.strings("compDefs")) {
        if (!compDef.text().isEmpty()) {
          patterns.add(compDef);
        }
      }
    }
    return patterns;
  }

  /** ShardingDefinition {@code template.compDef}. */
  static List<Located> shardingTemplateCompDef(Located spec) {
    Located compDef = spec.get("template", "compDef");
    return compDef.text().isEmpty() ? List.of() : List.of(compDef);
  }
}
