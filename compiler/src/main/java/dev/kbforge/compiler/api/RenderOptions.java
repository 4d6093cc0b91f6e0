package dev.kbforge.compiler.api;

import java.util.Objects;

/**
 * How to compile clusters.
 *
 * @param target the workload target
 * @param secrets how account Secrets are provided
 * @param clusterDomain the Kubernetes cluster domain used in FQDNs ({@code cluster.local})
 * @param kubeVersion the Kubernetes release the objects are for ({@link KubeVersion#DEFAULT})
 * @param kubeblocks the KubeBlocks release whose tools image (kbagent) pods get
 */
public record RenderOptions(
    Target target,
    SecretsMode secrets,
    String clusterDomain,
    KubeVersion kubeVersion,
    KubeBlocksRelease kubeblocks) {
  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  public RenderOptions {
    Objects.requireNonNull(kubeVersion, "kubeVersion");
    Objects.requireNonNull(kubeblocks, "kubeblocks");
  }

  /** Options for the default Kubernetes version and KubeBlocks release. */
  public RenderOptions(Target target, SecretsMode secrets, String clusterDomain) {
    this(target, secrets, clusterDomain, KubeVersion.DEFAULT, KubeBlocksRelease.defaults());
  }

  /** Options for a Kubernetes version, with the default KubeBlocks release. */
  public RenderOptions(
      Target target, SecretsMode secrets, String clusterDomain, KubeVersion kubeVersion) {
    this(target, secrets, clusterDomain, kubeVersion, KubeBlocksRelease.defaults());
  }

  /** Options for a KubeBlocks release, with the default Kubernetes version. */
  public RenderOptions(
      Target target, SecretsMode secrets, String clusterDomain, KubeBlocksRelease kubeblocks) {
    this(target, secrets, clusterDomain, KubeVersion.DEFAULT, kubeblocks);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Target.INSTANCESET, SecretsMode.APPLY, DEFAULT_CLUSTER_DOMAIN);
  }

  /** The same options with another KubeBlocks release. */
  public RenderOptions withKubeBlocks(KubeBlocksRelease release) {
    return new RenderOptions(target, secrets, clusterDomain, kubeVersion, release);
  }

  /** These options for another Kubernetes version. */
  public RenderOptions withKubeVersion(KubeVersion version) {
    return new RenderOptions(target, secrets, clusterDomain, version, kubeblocks);
  }
}
