package dev.kbforge.reconciler.actions;

/**
 * How to call one lifecycle action of a component, as render records it in the workload's
 * annotation {@code kbforge.dev/lifecycle-actions}: the pods to call it on (KubeBlocks'
 * targetPodSelector and matchingKey, pkg/controller/lifecycle/kbagent.go SelectTargetPods) and, for
 * the member actions, the domain a pod name is prefixed to for its FQDN.
 *
 * @param targetPodSelector {@code Any}, {@code All}, {@code Role}, {@code Ordinal}, or {@code ""}:
 *     the pod the action is about (the joining or leaving pod), else the first pod
 * @param matchingKey the role or ordinal for {@code Role} and {@code Ordinal}
 * @param podDomain {@code <comp>-headless.<ns>.svc.<cluster domain>}, {@code ""} when not given
 */
public record ActionHint(String targetPodSelector, String matchingKey, String podDomain) {
  /** The FQDN of {@code pod}, as KubeBlocks' PodFQDN builds it. */
  public String fqdn(String pod) {
    return podDomain.isEmpty() ? pod : pod + "." + podDomain;
  }
}
