package dev.kbforge.reconciler.actions;

import java.util.ArrayList;
import java.util.List;

/**
 * A scale-in as KubeBlocks' component controller does it: each pod that goes leaves the group first
 * (memberLeave through its kbagent, highest ordinal first), then the workload shrinks. kb apply
 * runs these calls before it writes the smaller workload; day-2 operations that shrink a component
 * use the same calls.
 */
public final class ScaleIn {
  static final String MEMBER_LEAVE = "memberLeave";

  private ScaleIn() {}

  /**
   * The memberLeave calls of a scale-in from {@code from} pods to {@code to} (none when the
   * component has no memberLeave, or does not shrink).
   */
  public static List<Call> leaves(ComponentActions component, int from, int to) {
    List<Call> calls = new ArrayList<>();
    if (!component.has(MEMBER_LEAVE)) {
      return calls;
    }
    for (int ordinal = from - 1; ordinal >= to; ordinal--) {
      calls.add(
          new Call(
              MEMBER_LEAVE,
              component,
              ordinal,
              null,
              "scale in: memberLeave " + component.pod(ordinal) + ", then delete"));
    }
    return calls;
  }
}
