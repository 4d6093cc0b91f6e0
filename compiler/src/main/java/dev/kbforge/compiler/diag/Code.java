package dev.kbforge.compiler.diag;

import dev.kbforge.compiler.api.Severity;

/**
 * Every diagnostic code kbforge reports. Codes are stable: never renumber or reuse one. Each is
 * listed, with its summary, in {@code docs/diagnostics.md} (a test keeps the two in step).
 *
 * <p>Ranges: KB1xxx input and YAML, KB2xxx schema, KB30xx ClusterDefinition, KB31xx
 * ComponentDefinition, KB32xx ComponentVersion, KB33xx ShardingDefinition, KB34xx cross-definition
 * references, KB4xxx Cluster.
 */
public enum Code {
  // --- KB1xxx: reading input ---
  KB1001(Severity.ERROR, "file cannot be read"),
  KB1002(Severity.ERROR, "YAML syntax error"),
  KB1003(Severity.ERROR, "duplicate mapping key"),
  KB1004(Severity.ERROR, "alias expansion exceeds the limit (alias bomb)"),
  KB1005(Severity.ERROR, "document has no apiVersion or kind"),
  KB1006(Severity.ERROR, "unknown kind"),
  KB1007(Severity.WARNING, "KubeBlocks kind that kbforge does not check"),
  KB1008(Severity.ERROR, "unsupported apiVersion for a known kind"),
  KB1009(Severity.ERROR, "document is not a mapping"),
  KB1010(Severity.ERROR, "mapping key is not a scalar"),
  KB1011(Severity.WARNING, "no YAML documents found under the given paths"),
  KB1012(Severity.ERROR, "duplicate object (same kind and name defined twice)"),

  // --- KB2xxx: schema ---
  KB2001(Severity.ERROR, "unknown field"),
  KB2002(Severity.ERROR, "wrong type"),
  KB2003(Severity.ERROR, "value not in the allowed set (enum)"),
  KB2004(Severity.ERROR, "value does not match the required pattern"),
  KB2005(Severity.ERROR, "string too long or too short"),
  KB2006(Severity.ERROR, "too many or too few items or entries"),
  KB2007(Severity.ERROR, "required field missing"),
  KB2008(Severity.ERROR, "number out of range"),
  KB2009(Severity.ERROR, "value violates the schema"),
  KB2010(
      Severity.WARNING,
      "unknown field inside a pod runtime (KubeBlocks keeps it, Kubernetes ignores it)"),
  KB2011(Severity.WARNING, "renamed field: the old name is accepted, use the new one"),
  KB2012(Severity.ERROR, "unknown field in an embedded Kubernetes object"),
  KB2013(Severity.ERROR, "wrong type in an embedded Kubernetes object"),

  // --- KB40xx-KB41xx: Cluster ---
  KB4001(Severity.ERROR, "duplicate component name in componentSpecs"),
  KB4002(Severity.ERROR, "componentSpecs mix components with and without componentDef"),
  KB4003(Severity.ERROR, "duplicate sharding name"),
  KB4004(Severity.ERROR, "system account sets secretRefRevision without secretRef"),
  KB4005(Severity.ERROR, "component has no name (only a sharding template may omit it)"),
  KB4006(Severity.ERROR, "a component and a sharding have the same name"),
  KB4010(Severity.ERROR, "clusterDef names no ClusterDefinition in the input set"),
  KB4011(Severity.ERROR, "topology is not defined in the ClusterDefinition"),
  KB4012(Severity.ERROR, "topology omitted and the ClusterDefinition has no default topology"),
  KB4013(Severity.ERROR, "component is not defined in the cluster topology"),
  KB4014(Severity.ERROR, "sharding is not defined in the cluster topology"),
  KB4015(
      Severity.ERROR,
      "without clusterDef, a component needs componentDef and a sharding shardingDef or template componentDef"),
  KB4016(Severity.ERROR, "topology is set without clusterDef"),
  KB4020(
      Severity.ERROR,
      "component definition reference matches no ComponentDefinition in the input set"),
  KB4021(Severity.ERROR, "shardingDef matches no ShardingDefinition in the input set"),
  KB4030(Severity.ERROR, "serviceVersion is not offered by any matching ComponentDefinition"),
  KB4031(Severity.ERROR, "serviceVersion is not a semantic version"),
  KB4032(
      Severity.WARNING,
      "serviceVersion matches an offered version only loosely; KubeBlocks looks versions up by their exact text"),
  KB4040(Severity.ERROR, "replicas outside the ComponentDefinition's replicasLimit (or negative)"),
  KB4041(Severity.ERROR, "instance template replicas add up to more than the component's replicas"),
  KB4042(Severity.ERROR, "duplicate instance template name"),
  KB4043(Severity.ERROR, "shards outside the ShardingDefinition's shardsLimit"),
  KB4050(Severity.ERROR, "component service names no service of the ComponentDefinition"),
  KB4051(Severity.ERROR, "system account names no account of the ComponentDefinition"),
  KB4052(Severity.ERROR, "an init account cannot be disabled"),
  KB4053(Severity.ERROR, "config names no config template of the ComponentDefinition"),
  KB4054(
      Severity.WARNING,
      "volumeClaimTemplate matches no volume or volumeMount of the ComponentDefinition"),
  KB4055(Severity.ERROR, "duplicate env var name"),
  KB4056(Severity.ERROR, "duplicate volume name"),
  KB4057(Severity.ERROR, "volume has the name of a volumeClaimTemplate"),
  KB4060(Severity.ERROR, "cluster service componentSelector names no component or sharding"),
  KB4061(Severity.ERROR, "cluster service roleSelector names no role of the selected component"),
  ;

  private final Severity severity;
  private final String summary;

  Code(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }
}
