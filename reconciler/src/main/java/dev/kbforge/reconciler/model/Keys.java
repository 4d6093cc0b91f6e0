package dev.kbforge.reconciler.model;

/** Label and annotation keys the reconciler reads or writes. */
public final class Keys {
  private Keys() {}

  /** ApplySet (KEP-3659): on every member, the id of its set. */
  public static final String PART_OF = "applyset.kubernetes.io/part-of";

  /** ApplySet: on the parent, its id. */
  public static final String APPLYSET_ID = "applyset.kubernetes.io/id";

  /** ApplySet: on the parent, {@code <tool>/<version>}. */
  public static final String TOOLING = "applyset.kubernetes.io/tooling";

  /** ApplySet: on the parent, the sorted {@code Kind.group} list of its members. */
  public static final String CONTAINS_GROUP_KINDS = "applyset.kubernetes.io/contains-group-kinds";

  /** ApplySet: on the parent, the namespaces of members other than the parent's own. */
  public static final String ADDITIONAL_NAMESPACES = "applyset.kubernetes.io/additional-namespaces";

  /**
   * kbforge: on the parent, {@code namespace/cluster=policy,...}: the terminationPolicy of every
   * cluster with members, so prune still knows it once the cluster is gone from the tree.
   */
  public static final String TERMINATION_POLICIES = "kbforge.dev/termination-policies";

  /**
   * kbforge: on any object of a cluster (render may add it to workloads), that cluster's
   * terminationPolicy (DoNotTerminate, Delete, WipeOut).
   */
  public static final String TERMINATION_POLICY = "kbforge.dev/termination-policy";

  /**
   * kbforge: on a workload, JSON {@code {"<account Secret name>": {"username": ..., "length": 16,
   * "numDigits": 4, "numSymbols": 0, "symbolCharacters": "!@#&*", "letterCase": "MixedCases"}}}:
   * how to make the passwords of the account Secrets it references (all fields optional).
   */
  public static final String PASSWORD_CONFIG = "kbforge.dev/password-config";

  /**
   * kbforge: on an account Secret it created: pruned with its cluster when the cluster's
   * terminationPolicy is Delete or WipeOut.
   */
  public static final String GENERATED_CREDENTIALS = "kbforge.dev/generated-credentials";

  /**
   * kbforge: on a Secret {@code kb apply --secrets-from} created: only ever created, never updated,
   * never pruned (it is no ApplySet member).
   */
  public static final String PROVIDED_SECRET = "kbforge.dev/provided-secret";

  /** KubeBlocks: the Cluster an object belongs to. */
  public static final String INSTANCE = "app.kubernetes.io/instance";

  /** KubeBlocks: the component an object (a PersistentVolumeClaim, too) belongs to. */
  public static final String COMPONENT_NAME = "apps.kubeblocks.io/component-name";

  /** KubeBlocks: {@code kubeblocks} on every object its controllers make, claims included. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  /** KubeBlocks: the account of an account Secret. */
  public static final String SYSTEM_ACCOUNT = "apps.kubeblocks.io/system-account";

  /**
   * Argo CD sync options; {@code Prune=false} among them keeps an object (unless kbforge rendered
   * it, with {@link #TERMINATION_POLICY}: then the cluster's current policy decides).
   */
  public static final String ARGOCD_SYNC_OPTIONS = "argocd.argoproj.io/sync-options";

  /** Flux: {@code disabled} keeps an object. */
  public static final String FLUX_PRUNE = "kustomize.toolkit.fluxcd.io/prune";

  /** KubeBlocks: on a pod, its current role (what role-selecting Services match). */
  public static final String ROLE = "kubeblocks.io/role";

  /**
   * kbforge render: on a StatefulSet, JSON array of its component's roles ({@code name,
   * updatePriority, participatesInQuorum, isExclusive}).
   */
  public static final String ROLES = "kbforge.dev/roles";
}
