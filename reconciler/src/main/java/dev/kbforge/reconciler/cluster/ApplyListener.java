package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.plan.Step;

/**
 * Hears what an apply does while it runs, e.g. to print progress or, for a long-running {@code
 * --watch}, to report each correction. Called from worker threads, one call at a time per step.
 */
public interface ApplyListener {
  ApplyListener NONE = new ApplyListener() {};

  /** A step finished (written, deleted, waited for, or nothing to do). */
  default void stepDone(Step step) {}

  /** Something the user should hear once, e.g. that the server lacks server-side apply. */
  default void notice(String message) {}

  /** A lifecycle action ran through kbagent, or is retried: one line saying which and where. */
  default void action(String line) {}
}
