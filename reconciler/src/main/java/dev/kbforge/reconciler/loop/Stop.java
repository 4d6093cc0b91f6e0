package dev.kbforge.reconciler.loop;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a long-running loop ({@code kb apply --watch}, {@code kb roles}) to stop: the loop checks it
 * between rounds and sleeps on it, so a stop ends the pause at once but never a round half-way.
 */
public final class Stop implements Pause {
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Asks the loop to stop after its current round. Safe from any thread, e.g. a signal handler. */
  public void stop() {
    stopped.countDown();
  }

  public boolean stopped() {
    return stopped.getCount() == 0;
  }

  /**
   * Pauses for {@code duration} or until stopped, whichever comes first; an interrupt counts as a
   * stop.
   *
   * @return whether the loop should stop
   */
  @Override
  public boolean pause(Duration duration) {
    try {
      return stopped.await(Math.max(0, duration.toMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return true;
    }
  }
}
