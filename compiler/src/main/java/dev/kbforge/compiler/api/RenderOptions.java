package dev.kbforge.compiler.api;

import java.util.Objects;

/**
 * How to compile clusters.
 *
 * @param target the workload target
 * @param secrets how account Secrets are provided
 * @param clusterDomain the Kubernetes cluster domain used in FQDNs ({@code cluster.local})
 * @param kubeVersion the Kubernetes release the objects are for ({@link KubeVersion#DEFAULT})
 */
public record RenderOptions(
    Target target, SecretsMode secrets, String clusterDomain, KubeVersion kubeVersion) {
  public static final String DEFAULT_CLUSTER_DOMAIN = "cluster.local";

  public RenderOptions {
    Objects.requireNonNull(kubeVersion, "kubeVersion");
  }

  /** Options for the default Kubernetes version. */
  public RenderOptions(Target target, SecretsMode secrets, String clusterDomain) {
    this(target, secrets, clusterDomain, KubeVersion.DEFAULT);
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Target.INSTANCESET, SecretsMode.APPLY, DEFAULT_CLUSTER_DOMAIN);
  }

  /** These options for another Kubernetes version. */
  public RenderOptions withKubeVersion(KubeVersion version) {
    return new RenderOptions(target, secrets, clusterDomain, version);
  }
}
