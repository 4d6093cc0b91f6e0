package dev.kbforge.reconciler.roles;

import java.time.Duration;

/**
 * How often kbagent runs a component's roleProbe ({@code KB_AGENT_PROBE}) and how long one run may
 * take ({@code KB_AGENT_ACTION}).
 *
 * @param periodSeconds how often to ask
 * @param timeoutSeconds how long one run may take; 0 when the definition sets no limit
 */
public record ProbeSpec(int periodSeconds, int timeoutSeconds) {
  /** KubeBlocks' documented default probe period. */
  static final int DEFAULT_PERIOD_SECONDS = 60;

  public Duration period() {
    return Duration.ofSeconds(Math.max(1, periodSeconds));
  }

  /**
   * The time limit of one run: {@code timeoutSeconds} plus a margin for the proxy, else the period
   * (a run outlasting it is stale).
   */
  public Duration timeout() {
    return timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds + 2L) : period();
  }
}
