package dev.kbforge.reconciler.actions;

import java.util.OptionalInt;

/**
 * The ordinal of a workload's pod, read as KubeBlocks' InstanceSet controller reads it
 * (parseParentNameAndOrdinal in pkg/controller/instanceset/instance_util.go): the 32-bit decimal
 * number after the last {@code -}. That covers a StatefulSet's {@code <workload>-<n>} and an
 * InstanceSet's instance-template pods, {@code <workload>-<template>-<n>}. Callers pass the pods
 * they listed for the workload, so the name before the number is not checked.
 */
final class PodOrdinals {
  private PodOrdinals() {}

  /** The number after the last {@code -}; empty when there is none or it is not a number. */
  static OptionalInt of(String pod) {
    int dash = pod.lastIndexOf('-');
    if (dash < 0) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(
          Integer.parseInt(pod.substring(dash + 1))); // as Go's ParseInt(s, 10, 32)
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
