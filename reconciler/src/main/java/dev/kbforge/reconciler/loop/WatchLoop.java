package dev.kbforge.reconciler.loop;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code kb apply --watch}: applies the tree round after round, {@code interval} apart, until
 * stopped. Each round reads the tree again (a fresh {@link Reconciler}), so edits are picked up,
 * and plans from what is live, so whatever drifted since is corrected. A failed round (server
 * unreachable, tree half-saved) is reported and the next round tries again.
 */
public final class WatchLoop {
  /**
   * What one round did.
   *
   * @param number 1 for the first round
   * @param writes the steps that wrote (create, update, prune), in plan order
   * @param failure why the round stopped early, or null
   */
  public record Round(int number, List<Step> writes, String failure) {
    public Round {
      writes = List.copyOf(writes);
    }

    /**
     * The round as stable lines (no clock in them): one per object created or pruned, one per field
     * of an object updated, e.g. {@code round 2: update ConfigMap demo/a: data.k: "x" -> "v"}. A
     * quiet round has none.
     */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      String prefix = "round " + number + ": ";
      for (Step step : writes) {
        String head = prefix + step.action().label() + " " + step.ref();
        if (step.diffs().isEmpty()) {
          lines.add(head);
        } else {
          step.diffs().forEach(d -> lines.add(head + ": " + d));
        }
      }
      return lines;
    }
  }

  private final Function<ApplyListener, Reconciler> open;
  private final Duration interval;
  private final Pause pause;
  private final ApplyListener notices;
  private final Consumer<Reconciler> afterApply;
  private final Consumer<Round> report;

  /**
   * @param pause waits between rounds and says when to stop (a {@link Stop})
   * @param open makes the round's reconciler, reporting to the listener given
   * @param notices hears the reconciler's notices (step progress is collected into the round)
   * @param afterApply runs after each successful apply, e.g. a role labeling pass
   * @param report hears each round when it ends
   */
  public WatchLoop(
      Function<ApplyListener, Reconciler> open,
      Duration interval,
      Pause pause,
      ApplyListener notices,
      Consumer<Reconciler> afterApply,
      Consumer<Round> report) {
    this.open = open;
    this.interval = interval;
    this.pause = pause;
    this.notices = notices;
    this.afterApply = afterApply;
    this.report = report;
  }

  /** Runs rounds until stopped (always at least one); returns how many ran. */
  public int run() {
    int rounds = 0;
    do {
      rounds++;
      report.accept(round(rounds));
    } while (!pause.pause(interval));
    return rounds;
  }

  Round round(int number) {
    List<Step> done = Collections.synchronizedList(new ArrayList<>());
    ApplyListener collect =
        new ApplyListener() {
          @Override
          public void stepDone(Step step) {
            if (step.action().writes()) {
              done.add(step);
            }
          }

          @Override
          public void notice(String message) {
            notices.notice(message);
          }
        };
    Plan plan = null;
    try (Reconciler reconciler = open.apply(collect)) {
      plan = reconciler.plan();
      reconciler.execute(plan);
      afterApply.accept(reconciler);
      return new Round(number, inPlanOrder(done, plan), null);
    } catch (ReconcileException | InputException e) {
      return new Round(number, inPlanOrder(done, plan), e.getMessage());
    } catch (KubernetesClientException e) {
      return new Round(number, inPlanOrder(done, plan), String.valueOf(e.getMessage()));
    }
  }

  /** Steps finish in any order on the worker threads; report them as the plan lists them. */
  private static List<Step> inPlanOrder(List<Step> done, Plan plan) {
    List<Step> sorted = new ArrayList<>(done);
    if (plan != null) {
      Map<Step, Integer> index = new IdentityHashMap<>();
      plan.steps().forEach(s -> index.put(s, index.size()));
      sorted.sort(Comparator.comparing(s -> index.getOrDefault(s, Integer.MAX_VALUE)));
    }
    return sorted;
  }
}
