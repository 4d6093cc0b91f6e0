package dev.kbforge.reconciler.roles;

/** Hears what the role labeler does. */
public interface RoleListener {
  /** A pod's role label was written or removed. */
  default void changed(LabelChange change) {}

  /** Something went wrong with one workload or pod; the labeler carries on with the rest. */
  default void warning(String message) {}
}
