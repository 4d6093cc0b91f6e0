package dev.kbforge.compiler.api;

/**
 * How to compile clusters.
 *
 * @param target the workload target
 * @param secrets how account Secrets are provided
 * @param clusterDomain the Kubernetes cluster domain used in FQDNs ({@code cluster.local})
 * @param kubeblocks the KubeBlocks release whose tools image (kbagent) pods get
 */
public record RenderOptions(
    Target target, SecretsMode secrets, String clusterDomain, KubeBlocksRelease kubeblocks) {
  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  /** With the default KubeBlocks release. */
  public RenderOptions(Target target, SecretsMode secrets, String clusterDomain) {
    this(target, secrets, clusterDomain, KubeBlocksRelease.defaults());
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Target.INSTANCESET, SecretsMode.APPLY, DEFAULT_CLUSTER_DOMAIN);
  }

  /** The same options with another KubeBlocks release. */
  public RenderOptions withKubeBlocks(KubeBlocksRelease release) {
    return new RenderOptions(target, secrets, clusterDomain, release);
  }
}
