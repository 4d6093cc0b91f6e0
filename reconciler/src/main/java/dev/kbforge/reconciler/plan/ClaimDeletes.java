package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.ReconcileException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data-safety rule of {@code kb apply --prune}: a plan that deletes PersistentVolumeClaims runs
 * only when the user confirmed it ({@code --yes}, or an answer at a terminal); otherwise nothing of
 * the plan is executed.
 */
public final class ClaimDeletes {
  private ClaimDeletes() {}

  /** {@code 2 PersistentVolumeClaim(s): demo/data-a-0 (1Gi), demo/data-a-1 (1Gi)}. */
  public static String describe(List<Step> deletes) {
    return deletes.size()
        + " PersistentVolumeClaim(s): "
        + deletes.stream()
            .map(
                s ->
                    s.ref().namespace()
                        + "/"
                        + s.ref().name()
                        + " ("
                        + ClaimSize.of(s.object())
                        + ")")
            .collect(Collectors.joining(", "));
  }

  /** Throws, before anything is written, when {@code plan} deletes claims not confirmed. */
  public static void check(Plan plan, boolean confirmed) {
    List<Step> deletes = plan.claimDeletes();
    if (!deletes.isEmpty() && !confirmed) {
      throw new ReconcileException(
          "refusing to delete "
              + describe(deletes)
              + " without confirmation: check the plan with --dry-run, then run again with --yes");
    }
  }
}
