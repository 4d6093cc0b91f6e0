package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.ApplyOrder;

/**
 * The stages a plan runs in, strictly one after another; the steps of one stage are independent and
 * may run concurrently.
 */
public enum Stage {
  CRDS,
  /** CRDs created or changed must be served before their custom resources are applied. */
  CRDS_ESTABLISHED,
  NAMESPACES,
  /** The ApplySet parent, listing every kind and namespace before any member is written. */
  INVENTORY,
  RBAC,
  CONFIG,
  /**
   * Account Secrets whose password is copied from a Secret of the user's ({@code secretRef}), which
   * CONFIG may have created ({@code --secrets-from}).
   */
  COPIED_SECRETS,
  SERVICES,
  /** Volume expansion: live claims patched before their workload is re-created. */
  CLAIMS,
  WORKLOADS,
  OTHER,
  PRUNE,
  /** The ApplySet parent, trimmed to the members that remain. */
  INVENTORY_FINAL,
  /** {@code --wait}: workloads rolled out, CRDs Established. */
  READY;

  /** The stage that applies objects of {@code category}. */
  public static Stage of(ApplyOrder.Category category) {
    return switch (category) {
      case CRD -> CRDS;
      case NAMESPACE -> NAMESPACES;
      case RBAC -> RBAC;
      case CONFIG -> CONFIG;
      case SERVICE -> SERVICES;
      case WORKLOAD -> WORKLOADS;
      case OTHER -> OTHER;
    };
  }
}
