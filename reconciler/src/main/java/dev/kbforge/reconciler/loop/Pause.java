package dev.kbforge.reconciler.loop;

import java.time.Duration;

/** The pause between two rounds of a long-running loop; {@link Stop} is the real one. */
@FunctionalInterface
public interface Pause {
  /**
   * Waits for up to {@code duration}.
   *
   * @return whether the loop should stop instead of running another round
   */
  boolean pause(Duration duration);
}
