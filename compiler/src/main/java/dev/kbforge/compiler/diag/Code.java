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

  // --- KB50xx: templates (render phase, *.yaml.peb definitions) ---
  KB5001(Severity.ERROR, "template syntax error"),
  KB5002(Severity.ERROR, "template uses an undefined variable or attribute"),
  KB5003(Severity.ERROR, "template calls a Java method (templates may not call methods)"),
  KB5004(Severity.ERROR, "template evaluation error (wrong operand types, output too large...)"),
  KB5005(Severity.ERROR, "template includes a file that is not in its template folder"),
  KB5006(Severity.ERROR, "two files of a template folder render to the same name"),
  KB5010(
      Severity.WARNING,
      "ConfigMap template uses Go-template syntax, which kbforge does not render"),
  KB5020(
      Severity.WARNING,
      "*.yaml.peb definition has no addon.yaml above it: expanded with empty values"),
  KB5021(
      Severity.ERROR,
      "addon.yaml above a *.yaml.peb definition has errors: the definition is not expanded"),
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
