package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.inventory.ApplySet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an apply will do, as a value: steps in execution order (stage by stage), computed from the
 * desired tree and a snapshot of the live cluster. Printing it is {@code --dry-run}; executing it
 * is {@code kb apply}.
 *
 * @param applySet the inventory this tree is applied as
 * @param steps every step, ordered by stage; within a stage, tree order
 * @param operations the day-2 operations the steps carry out, in words ("stop x: 3 → 0 pods",
 *     "expand PVC data-x-0 10Gi → 20Gi"), for {@code --dry-run} and {@code kb diff}
 */
public record Plan(ApplySet applySet, List<Step> steps, List<String> operations) {
  public Plan {
    steps = List.copyOf(steps);
    operations = List.copyOf(operations);
  }

  /** A plan without day-2 operations. */
  public Plan(ApplySet applySet, List<Step> steps) {
    this(applySet, steps, List.of());
  }

  /** The steps of {@code action}. */
  public List<Step> steps(Action action) {
    return steps.stream().filter(s -> s.action() == action).toList();
  }

  /**
   * The PersistentVolumeClaims it deletes: their data is gone for good, so {@code kb apply} asks
   * before it deletes them ({@link ClaimDeletes}).
   */
  public List<Step> claimDeletes() {
    return steps.stream()
        .filter(s -> s.action() == Action.PRUNE && s.ref().group().isEmpty())
        .filter(s -> s.ref().kind().equals("PersistentVolumeClaim"))
        .toList();
  }

  /** How many steps of each action (every action present, zero or not). */
  public Map<Action, Integer> counts() {
    Map<Action, Integer> counts = new EnumMap<>(Action.class);
    for (Action a : Action.values()) {
      counts.put(a, 0);
    }
    steps.forEach(s -> counts.merge(s.action(), 1, Integer::sum));
    return counts;
  }

  /** The number of steps that write (create, update, prune). */
  public int writes() {
    return (int) steps.stream().filter(s -> s.action().writes()).count();
  }

  /** Whether applying would change anything in the cluster. */
  public boolean changes() {
    return writes() > 0;
  }

  /** The steps grouped by stage, stages in order, empty stages left out. */
  public List<List<Step>> stages() {
    List<List<Step>> stages = new ArrayList<>();
    Stage current = null;
    for (Step step : steps) {
      if (step.stage() != current) {
        stages.add(new ArrayList<>());
        current = step.stage();
      }
      stages.get(stages.size() - 1).add(step);
    }
    return stages;
  }
}
