package dev.kbforge.reconciler.plan;

/** What a plan step does. */
public enum Action {
  /** The object is missing: create it. */
  CREATE("create", true),
  /** A field the tree sets differs live: apply the object. */
  UPDATE("update", true),
  /** Every field the tree sets is as desired live: no request. */
  UNCHANGED("unchanged", false),
  /** An inventory member no longer in the tree: delete it. */
  PRUNE("prune", true),
  /** An inventory member no longer in the tree that stays; the step's reason says why. */
  KEEP("keep", false),
  /**
   * Patch a live PersistentVolumeClaim's storage request up to its workload's new claim template
   * (volume expansion; the claim is no ApplySet member, the StatefulSet controller made it).
   */
  EXPAND("expand", true),
  /**
   * Delete the object with orphaned dependents and create it again: a StatefulSet whose
   * volumeClaimTemplates changed (immutable), so its pods and claims stay.
   */
  RECREATE("recreate", true),
  /** Wait until the object is ready (CRD Established, workload rolled out). */
  WAIT("wait", false);

  private final String label;
  private final boolean writes;

  Action(String label, boolean writes) {
    this.label = label;
    this.writes = writes;
  }

  /** The lower-case word printed in plans. */
  public String label() {
    return label;
  }

  /** Whether executing the step writes to the cluster. */
  public boolean writes() {
    return writes;
  }
}
