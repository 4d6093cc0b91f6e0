package dev.kbforge.reconciler.roles;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.loop.Pause;
import dev.kbforge.reconciler.model.ObjectRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code kb roles}: labels each workload's pods again every probe period (or every {@code interval}
 * when one is given) until stopped. The workloads are looked up again on every wake-up, so an
 * edited tree is noticed; the clock only decides when to wake.
 */
public final class RoleLoop {
  /** How long to wait when the tree has no workload with roles, or cannot be read. */
  static final Duration IDLE = Duration.ofSeconds(30);

  private final Supplier<List<RoleWorkload>> workloads;
  private final RoleLabeler labeler;
  private final Duration interval;
  private final Clock clock;
  private final Pause pause;
  private final RoleListener listener;

  /**
   * @param workloads reads the tree's workloads (may throw {@link InputException})
   * @param pause waits between rounds and says when to stop (a {@link
   *     dev.kbforge.reconciler.loop.Stop})
   * @param interval overrides every probe's period, or null
   */
  public RoleLoop(
      Supplier<List<RoleWorkload>> workloads,
      RoleLabeler labeler,
      Duration interval,
      Clock clock,
      Pause pause,
      RoleListener listener) {
    this.workloads = workloads;
    this.labeler = labeler;
    this.interval = interval;
    this.clock = clock;
    this.pause = pause;
    this.listener = listener;
  }

  /** Runs until stopped; returns how many times it woke up. */
  public int run() {
    Map<ObjectRef, Instant> due = new HashMap<>();
    int passes = 0;
    Instant next;
    do {
      next = round(due);
      passes++;
    } while (!pause.pause(Duration.between(clock.instant(), next)));
    return passes;
  }

  /** Labels the workloads that are due; returns when the next one is. */
  private Instant round(Map<ObjectRef, Instant> due) {
    Instant next = clock.instant().plus(interval == null ? IDLE : interval);
    List<RoleWorkload> current;
    try {
      current = workloads.get();
    } catch (InputException e) {
      listener.warning(e.getMessage());
      return next;
    }
    for (RoleWorkload workload : current) {
      Instant when = due.getOrDefault(workload.ref(), Instant.MIN);
      if (!clock.instant().isBefore(when)) {
        labeler.label(workload);
        when = clock.instant().plus(period(workload));
        due.put(workload.ref(), when);
      }
      next = when.isBefore(next) ? when : next;
    }
    return next;
  }

  private Duration period(RoleWorkload workload) {
    return interval != null ? interval : workload.probe().period();
  }
}
