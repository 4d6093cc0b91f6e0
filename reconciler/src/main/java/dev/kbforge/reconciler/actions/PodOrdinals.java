package dev.kbforge.reconciler.actions;

import java.util.OptionalInt;

/**
 * The ordinal of a workload's pod. StatefulSets and InstanceSets name their pods {@code
 * <workload>-<n>}; anything else (a pod of another workload whose name shares the prefix, a
 * hand-made pod) has none.
 */
final class PodOrdinals {
  private PodOrdinals() {}

  /** The {@code n} of {@code <workload>-<n>}, digits only; empty for any other name. */
  static OptionalInt of(String workload, String pod) {
    String prefix = workload + "-";
    if (!pod.startsWith(prefix) || pod.length() == prefix.length()) {
      return OptionalInt.empty();
    }
    String digits = pod.substring(prefix.length());
    if (digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }
}
