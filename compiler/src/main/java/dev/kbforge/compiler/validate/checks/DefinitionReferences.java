package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.validate.Check;

/**
 * The rules on definition-name patterns: each must compile, and each should match a definition in
 * the input set. Every definition lookup in KubeBlocks' controllers (topologies, vars, component
 * versions, sharding templates) matches by exact name, prefix or regex.
 */
public final class DefinitionReferences {
  private static final Kind CD = Kind.CLUSTER_DEFINITION;
  private static final Kind CMPD = Kind.COMPONENT_DEFINITION;
  private static final Kind CMPV = Kind.COMPONENT_VERSION;
  private static final Kind SD = Kind.SHARDING_DEFINITION;

  private DefinitionReferences() {}

  public static Check topologyCompDefCompiles() {
    return new PatternCompilesCheck(
        CD, Code.KB3006, "compDef", DefinitionPatterns::topologyCompDefs);
  }

  public static Check topologyShardingDefCompiles() {
    return new PatternCompilesCheck(
        CD, Code.KB3007, "shardingDef", DefinitionPatterns::topologyShardingDefs);
  }

  public static Check varCompDefCompiles() {
    return new PatternCompilesCheck(
        CMPD, Code.KB3114, "var compDef", DefinitionPatterns::varCompDefs);
  }

  public static Check versionCompDefCompiles() {
    return new PatternCompilesCheck(
        CMPV, Code.KB3205, "compDef", DefinitionPatterns::versionCompDefs);
  }

  public static Check shardingTemplateCompiles() {
    return new PatternCompilesCheck(
        SD, Code.KB3302, "template.compDef", DefinitionPatterns::shardingTemplateCompDef);
  }

  public static Check topologyCompDefMatches() {
    return new ReferenceMatchesCheck(
        CD,
        Code.KB3401,
        "compDef",
        CMPD,
        NameMatcher::prefixOrRegex,
        DefinitionPatterns::topologyCompDefs);
  }

  /**
   * The ClusterDefinition controller and the Cluster's sharding lookup both match shardingDef by
   * prefix or regex (upstream mongodb names {@code mongo-shard-} for {@code
   * mongo-shard-<version>}), so this does too.
   */
  public static Check topologyShardingDefMatches() {
    return new ReferenceMatchesCheck(
        CD,
        Code.KB3402,
        "shardingDef",
        SD,
        NameMatcher::prefixOrRegex,
        DefinitionPatterns::topologyShardingDefs);
  }

  public static Check varCompDefMatches() {
    return new ReferenceMatchesCheck(
        CMPD,
        Code.KB3403,
        "var compDef",
        CMPD,
        NameMatcher::prefixOrRegex,
        DefinitionPatterns::varCompDefs);
  }

  public static Check versionCompDefMatches() {
    return new ReferenceMatchesCheck(
        CMPV,
        Code.KB3404,
        "compDef",
        CMPD,
        NameMatcher::prefixOrRegex,
        DefinitionPatterns::versionCompDefs);
  }

  public static Check shardingTemplateMatches() {
    return new ReferenceMatchesCheck(
        SD,
        Code.KB3405,
        "template.compDef",
        CMPD,
        NameMatcher::prefixOrRegex,
        DefinitionPatterns::shardingTemplateCompDef);
  }
}
