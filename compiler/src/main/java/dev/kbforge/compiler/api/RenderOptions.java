package dev.kbforge.compiler.api;

/**
 * How to compile clusters.
 *
 * @param target the workload target
 * @param secrets how account Secrets are provided
 * @param clusterDomain the Kubernetes cluster domain used in FQDNs ({@code cluster.local})
 */
public record RenderOptions(Target target, SecretsMode secrets, String clusterDomain) {
  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  public static RenderOptions defaults() {
    return new RenderOptions(Target.INSTANCESET, SecretsMode.APPLY, DEFAULT_CLUSTER_DOMAIN);
  }
}
