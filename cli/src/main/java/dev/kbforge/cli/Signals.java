package dev.kbforge.cli;

import dev.kbforge.reconciler.loop.Stop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM as a polite stop for the long-running commands ({@code kb apply --watch},
 * {@code kb roles}): the first one asks the loop to stop after its current round (so the command
 * exits 0 with nothing half-done) and gives the signals back their default handling, so a second
 * one ends the process at once.
 */
final class Signals implements AutoCloseable {
  private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

  private Signals() {}

  /** Until closed, a signal stops {@code stop} instead of the JVM. */
  static Signals stopOn(Stop stop) {
    Signals signals = new Signals();
    for (String name : List.of("INT", "TERM")) {
      try {
        Signal signal = new Signal(name);
        signals.previous.put(
            signal,
            Signal.handle(
                signal,
                s -> {
                  stop.stop();
                  signals.close();
                }));
      } catch (IllegalArgumentException e) {
        // the JVM keeps this signal for itself (e.g. under -Xrs): default handling stays
      }
    }
    return signals;
  }

  @Override
  public synchronized void close() {
    previous.forEach(Signal::handle);
    previous.clear();
  }
}
