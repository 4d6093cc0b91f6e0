package dev.kbforge.reconciler.roles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The exec action of a component's roleProbe (the annotation {@code kbforge.dev/role-probe}).
 *
 * @param container the container to run it in
 * @param command the command
 * @param args its arguments, appended to the command
 * @param periodSeconds how often to run it
 * @param timeoutSeconds how long one run may take; 0 when the definition sets no limit
 */
public record ProbeSpec(
    String container,
    List<String> command,
    List<String> args,
    int periodSeconds,
    int timeoutSeconds) {

  public ProbeSpec {
    command = List.copyOf(command);
    args = List.copyOf(args);
  }

  /** The command followed by the arguments. */
  public List<String> commandLine() {
    List<String> all = new ArrayList<>(command);
    all.addAll(args);
    return all;
  }

  public Duration period() {
    return Duration.ofSeconds(Math.max(1, periodSeconds));
  }

  /**
   * The time limit of one run: {@code timeoutSeconds}, else the period (a run outlasting it is
   * stale).
   */
  public Duration timeout() {
    return timeoutSeconds > 0 ? Duration.ofSeconds(timeoutSeconds) : period();
  }
}
