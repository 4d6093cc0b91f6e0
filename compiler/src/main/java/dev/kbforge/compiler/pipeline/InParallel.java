package dev.kbforge.compiler.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on the calling thread plus a few helper threads, the results in the list's order
 * whatever thread made them: the load and per-document validation of a run's files (phases 1 and
 * 2), which depend on one file or document each. Findings must not go to a shared reporter from
 * {@code step}: each item collects its own, and the caller adds them in order afterwards, so the
 * run reports the same as one thread would. With no helpers every item is mapped on the caller.
 */
final class InParallel {
  private InParallel() {}

  /** {@code step} over {@code items} on the caller and {@code helpers} more threads. */
  static <T, R> List<R> map(List<T> items, int helpers, Function<T, R> step) {
    int threads = Math.min(helpers, items.size() - 1);
    if (threads <= 0) {
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(step.apply(item)));
      return results;
    }
    Object[] results = new Object[items.size()];
    AtomicInteger named = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable drain =
        () -> {
          int i;
          while (failure.get() == null && (i = next.getAndIncrement()) < items.size()) {
            try {
              results[i] = step.apply(items.get(i));
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "kbforge-load-" + named.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(drain));
      }
      drain.run();
      for (Future<?> f : running) {
        waitFor(f);
      }
    } finally {
      pool.shutdown();
    }
    Throwable e = failure.get();
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    @SuppressWarnings("unchecked")
    List<R> ordered = (List<R>) Arrays.asList(results);
    return ordered;
  }

  private static void waitFor(Future<?> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException e) {
        break; // the drain loop records failures itself
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
