package dev.kbforge.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time a restart writes: the only non-deterministic input of a day-2 edit, taken by the command
 * (never by render) so that rendering stays a pure function of the files.
 */
final class RestartTime {
  private RestartTime() {}

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
