package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;

/**
 * A role label written to, or removed from, a pod.
 *
 * @param pod the pod
 * @param from the label's value before, or null when it had none
 * @param to the value after, or null when it was removed
 */
public record LabelChange(ObjectRef pod, String from, String to) {
  /** {@code Pod demo/redis-0: kubeblocks.io/role (none) -> primary}. */
  @Override
  public String toString() {
    return pod + ": " + Keys.ROLE + " " + show(from) + " -> " + show(to);
  }

  private static String show(String value) {
    return value == null ? "(none)" : value;
  }
}
