package dev.kbforge.compiler.api;

/** What a Cluster is compiled into (DESIGN section 5). */
public enum Target {
  /**
   * InstanceSet (workloads.kubeblocks.io/v1) per component, for clusters with KubeBlocks' workload
   * controller.
   */
  INSTANCESET,
  /** apps/v1 StatefulSet per component: the same pods, for any cluster; roles as annotations. */
  STATEFULSET,
  /**
   * Validated pass-through: the addon's definition CRs plus the Cluster CR, for full KubeBlocks.
   */
  KUBEBLOCKS
}
