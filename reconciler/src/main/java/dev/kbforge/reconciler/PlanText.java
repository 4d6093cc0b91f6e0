package dev.kbforge.reconciler;

import dev.kbforge.reconciler.actions.Call;
import dev.kbforge.reconciler.actions.LifecyclePlan;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.ClaimDeletes;
import dev.kbforge.reconciler.plan.FieldDiff;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import java.util.List;
import java.util.Map;

/** Plans, diffs and progress as text, one object per line. Never prints a Secret's data. */
public final class PlanText {
  private PlanText() {}

  /** One line of a plan: {@code update ConfigMap ns/a: data.k: "w" -> "v"}. */
  public static String line(Step step) {
    String detail = step.action() == Action.UPDATE ? step.diffSummary() : step.reason();
    return String.format("%-10s %s%s", step.action().label(), step.ref(), suffix(detail));
  }

  /** The whole plan, then a summary line. */
  public static String plan(Plan plan) {
    StringBuilder text = new StringBuilder();
    plan.steps().forEach(s -> text.append(line(s)).append('\n'));
    plan.operations().forEach(o -> text.append("operation: ").append(o).append('\n'));
    text.append("plan: ").append(summary(plan.counts())).append('\n');
    List<Step> claims = plan.claimDeletes();
    if (!claims.isEmpty()) {
      text.append("data: deletes ").append(ClaimDeletes.describe(claims)).append('\n');
    }
    return text.toString();
  }

  /** What a finished step did: {@code ConfigMap ns/a created}. */
  public static String done(Step step) {
    String verb =
        switch (step.action()) {
          case CREATE -> "created";
          case UPDATE -> "updated";
          case UNCHANGED -> "unchanged";
          case PRUNE -> "pruned";
          case KEEP -> "kept";
          case EXPAND -> "expanded";
          case RECREATE -> "re-created (pods orphaned, then adopted)";
          case WAIT -> step.reason();
        };
    String why = step.action() == Action.KEEP ? suffix(step.reason()) : "";
    String fields = step.action() == Action.UPDATE ? suffix(step.diffSummary()) : "";
    return step.ref() + " " + verb + why + fields;
  }

  /** The summary after an apply. */
  public static String applied(ApplyResult result) {
    Map<Action, Integer> c = result.plan().counts();
    return String.format(
        "applied: %d created, %d updated, %d unchanged, %d pruned, %d kept; %d write(s)",
        c.get(Action.CREATE),
        c.get(Action.UPDATE),
        c.get(Action.UNCHANGED),
        c.get(Action.PRUNE),
        c.get(Action.KEEP),
        result.writes());
  }

  /**
   * {@code kb diff}: each object that would change, and for updates every differing field with its
   * live and desired value.
   */
  public static String diff(Plan plan) {
    StringBuilder text = new StringBuilder();
    plan.operations().forEach(o -> text.append("operation: ").append(o).append('\n'));
    for (Step step : plan.steps()) {
      if (!step.action().writes()) {
        continue;
      }
      text.append(step.ref()).append(" (").append(step.action().label()).append(")\n");
      for (FieldDiff d : step.diffs()) {
        text.append("  ")
            .append(d.path())
            .append(": live ")
            .append(d.live())
            .append(", desired ")
            .append(d.desired())
            .append('\n');
      }
    }
    return text.toString();
  }

  /**
   * The lifecycle actions an apply would call through kbagent, one a line in the order they run
   * ({@code action memberLeave StatefulSet demo/redis (Pod redis-2): scale in: memberLeave redis-2,
   * then delete}), then a count; nothing when there are none.
   */
  public static String actions(LifecyclePlan lifecycle) {
    if (lifecycle.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Call call : lifecycle.calls()) {
      text.append(String.format("%-10s %s%n", "action", call));
    }
    int n = lifecycle.calls().size();
    text.append("lifecycle: ")
        .append(n)
        .append(n == 1 ? " action" : " actions")
        .append(" to run\n");
    return text.toString();
  }

  private static String summary(Map<Action, Integer> counts) {
    return counts.get(Action.CREATE)
        + " to create, "
        + counts.get(Action.UPDATE)
        + " to update, "
        + counts.get(Action.UNCHANGED)
        + " unchanged, "
        + counts.get(Action.PRUNE)
        + " to prune, "
        + counts.get(Action.KEEP)
        + " kept";
  }

  private static String suffix(String detail) {
    return detail == null || detail.isEmpty() ? "" : ": " + detail;
  }
}
