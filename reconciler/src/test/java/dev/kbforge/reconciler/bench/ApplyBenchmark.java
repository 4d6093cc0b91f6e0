package dev.kbforge.reconciler.bench;

import dev.kbforge.reconciler.ReconcileOptions;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.testing.MockCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The apply benchmark (not a test: it asserts nothing about time, and surefire only runs it when
 * asked by name, see the README): a tree of ConfigMaps applied to fabric8's CRUD mock API server,
 * in-process, once one request at a time and once with bounded concurrency, then re-applied
 * unchanged; plus the pure planner over a large tree ({@link PlanBenchmark}).
 *
 * <p>Settings (system properties): {@code kbforge.bench.objects} (1000), {@code
 * kbforge.bench.concurrency} (8), {@code kbforge.bench.latency} (simulated per-request latency,
 * e.g. {@code 2ms}; default 0 and 2ms), {@code kbforge.bench.runs} (3, the median is shown), {@code
 * kbforge.bench.planObjects} (10000).
 */
class ApplyBenchmark {
  @TempDir Path tmp;

  @Test
  void run() {
    int objects = Integer.getInteger("kbforge.bench.objects", 1000);
    int concurrency = Integer.getInteger("kbforge.bench.concurrency", 8);
    List<Duration> latencies = latencies(System.getProperty("kbforge.bench.latency", "0ms,2ms"));
    int runs = Integer.getInteger("kbforge.bench.runs", 3);
    Path tree = BenchTrees.configMaps(tmp.resolve("tree"), objects, 10);
    System.out.printf(
        "kb apply: %d ConfigMaps in 10 namespaces against fabric8's CRUD mock API server"
            + " (in-process, no server-side apply: create/update fallback); median of %d runs"
            + " after one warm-up%n",
        objects, runs);
    System.out.println(
        "latency  concurrency  first apply: plan + create (writes)  re-apply: plan (writes)");
    apply(tree, Duration.ZERO, concurrency); // JIT, client and mock start-up
    for (Duration latency : latencies) {
      for (int c : List.of(1, concurrency)) {
        List<Measured> measured = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
          measured.add(apply(tree, latency, c));
        }
        measured.sort(java.util.Comparator.comparingLong(Measured::totalMillis));
        Measured first = measured.get(runs / 2);
        System.out.printf(
            "%7s  %11d  %10d ms = %6d + %6d (%d)  %8d ms (%d)%n",
            format(latency),
            c,
            first.totalMillis,
            first.planMillis,
            first.executeMillis,
            first.writes,
            first.againMillis,
            first.againWrites);
      }
    }
    PlanBenchmark.run(Integer.getInteger("kbforge.bench.planObjects", 10_000));
  }

  /** Times one apply of {@code tree} to a fresh mock, then a re-apply of the same tree. */
  static Measured apply(Path tree, Duration latency, int concurrency) {
    try (MockCluster mock = MockCluster.crud(latency)) {
      ReconcileOptions options =
          new ReconcileOptions(
              "bench",
              false,
              false,
              "bench",
              new Cluster.Options(
                  concurrency, Duration.ofMinutes(5), Duration.ofSeconds(1), Backoff.standard()),
              false);
      long start = System.nanoTime();
      long planned;
      ApplyResult result;
      try (Reconciler r = new Reconciler(mock.client, tree, options, ApplyListener.NONE)) {
        Plan plan = r.plan();
        planned = System.nanoTime();
        result = r.execute(plan);
      }
      long end = System.nanoTime();
      ApplyResult again;
      try (Reconciler r = new Reconciler(mock.client, tree, options, ApplyListener.NONE)) {
        again = r.apply();
      }
      long reapplied = System.nanoTime();
      return new Measured(
          millis(planned - start),
          millis(end - planned),
          millis(end - start),
          result.writes(),
          millis(reapplied - end),
          again.writes());
    }
  }

  record Measured(
      long planMillis,
      long executeMillis,
      long totalMillis,
      int writes,
      long againMillis,
      int againWrites) {}

  static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  private static List<Duration> latencies(String text) {
    return java.util.Arrays.stream(text.split(","))
        .map(String::strip)
        .map(dev.kbforge.reconciler.cluster.Durations::parse)
        .toList();
  }

  private static String format(Duration d) {
    return d.toMillis() + "ms";
  }

  /** Keeps {@link BenchTrees} free of checked exceptions. */
  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
