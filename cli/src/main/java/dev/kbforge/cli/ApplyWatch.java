package dev.kbforge.cli;

import dev.kbforge.reconciler.ReconcileOptions;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.loop.Stop;
import dev.kbforge.reconciler.loop.WatchLoop;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code kb apply --watch}: rounds of apply until SIGINT or SIGTERM, each correction on stdout in a
 * stable form ({@code round 2: update ConfigMap demo/a: data.k: "x" -> "v"}), failed rounds on
 * stderr. Exits 0 once stopped: the round under way when the signal came is finished first.
 */
final class ApplyWatch {
  private final PrintWriter out;
  private final PrintWriter err;

  ApplyWatch(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  int run(
      KubernetesClient client,
      Path dir,
      ReconcileOptions options,
      Duration interval,
      boolean roles) {
    Stop stop = new Stop();
    RolePrinter rolePrinter = new RolePrinter(out, err, "kb apply");
    WatchLoop loop =
        new WatchLoop(
            listener -> new Reconciler(client, dir, options, listener),
            interval,
            stop,
            once(ApplyCommand.printer(out, err)),
            reconciler -> {
              if (roles) {
                rolePrinter.labelOnce(client, reconciler.desired());
              }
            },
            this::report);
    int rounds;
    try (Signals signals = Signals.stopOn(stop)) {
      rounds = loop.run();
    }
    out.println("watch: stopped after " + rounds + " round(s)");
    return 0;
  }

  /** Each round has its own reconciler; say what they all say (e.g. the SSA fallback) once. */
  private static ApplyListener once(ApplyListener printer) {
    Set<String> said = ConcurrentHashMap.newKeySet();
    return new ApplyListener() {
      @Override
      public void notice(String message) {
        if (said.add(message)) {
          printer.notice(message);
        }
      }
    };
  }

  private synchronized void report(WatchLoop.Round round) {
    round.lines().forEach(out::println);
    out.flush();
    if (round.failure() != null) {
      err.println("kb apply: round " + round.number() + " failed: " + round.failure());
      err.flush();
    }
  }
}
