package dev.kbforge.reconciler.cluster;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Bounded exponential backoff for requests the server may accept on a second try: 409 Conflict (a
 * stale resourceVersion, a concurrent writer), 429 Too Many Requests, 500, 503 and 504.
 *
 * @param attempts how many tries in all
 * @param first the pause after the first failure; each next pause doubles
 * @param max the longest pause
 * @param sleeper how to pause (tests pass one that does not)
 */
public record Backoff(int attempts, Duration first, Duration max, Sleeper sleeper) {
  /** Pauses the calling thread. */
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public static Backoff standard() {
    return new Backoff(
        6, Duration.ofMillis(100), Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
  }

  /** Runs {@code action}, again after a pause while it fails with a retryable status. */
  public <T> T retry(Supplier<T> action) {
    Duration pause = first;
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (KubernetesClientException e) {
        if (attempt >= attempts || !retryable(e.getCode())) {
          throw e;
        }
      }
      try {
        sleeper.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new KubernetesClientException("interrupted", e);
      }
      pause = pause.multipliedBy(2).compareTo(max) > 0 ? max : pause.multipliedBy(2);
    }
  }

  static boolean retryable(int code) {
    return code == 409 || code == 429 || code == 500 || code == 503 || code == 504;
  }
}
