package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.secrets.PasswordConfig;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/**
 * One step of a plan.
 *
 * @param action what to do
 * @param stage when: stages run in order
 * @param ref which object
 * @param reason why, in a few words (always set for KEEP and WAIT)
 * @param diffs for UPDATE, the fields that differ (for CREATE and the rest, empty)
 * @param object what to write (the desired object, labelled as an ApplySet member) for CREATE and
 *     UPDATE; the live object for PRUNE, KEEP and WAIT; the desired one for UNCHANGED
 * @param password for the CREATE of an account Secret, how to make its password (filled in at
 *     execution, never part of the plan); otherwise {@code null}
 */
public record Step(
    Action action,
    Stage stage,
    ObjectRef ref,
    String reason,
    List<FieldDiff> diffs,
    GenericKubernetesResource object,
    PasswordConfig password) {

  public Step {
    diffs = List.copyOf(diffs);
  }

  public static Step of(
      Action action, Stage stage, GenericKubernetesResource object, String reason) {
    return new Step(action, stage, ObjectRef.of(object), reason, List.of(), object, null);
  }

  /** A short summary of the differences: the first three, then how many more. */
  public String diffSummary() {
    if (diffs.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(3, diffs.size()); i++) {
      text.append(i == 0 ? "" : "; ").append(diffs.get(i));
    }
    if (diffs.size() > 3) {
      text.append("; +").append(diffs.size() - 3).append(" more");
    }
    return text.toString();
  }
}
