package dev.kbforge.compiler.emit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the serialisation and writing of cluster folders on worker threads while the calling thread
 * compiles the next clusters. At most a few folders are in flight at a time; when that many are
 * queued, {@link #submit} runs the task on the caller instead of waiting, so neither thread idles
 * while the other has work (a profile of 1,000 redis clusters had the compiling thread parked for
 * the worker a third of the run). A run holds the object trees of those clusters only, however many
 * it compiles. With one thread every task runs on the caller, in order: the sequential mode the
 * parallel one is compared with (RenderParallelismTest). The output does not depend on the mode:
 * each task writes its own files, and every file's bytes depend on its cluster alone.
 */
public final class EmitWorkers implements AutoCloseable {
  private final ExecutorService pool;
  private final int slots;
  private final Semaphore inFlight;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  private EmitWorkers(int workers) {
    if (workers < 0) {
      throw new IllegalArgumentException("workers must not be negative: " + workers);
    }
    this.pool = workers == 0 ? null : Executors.newFixedThreadPool(workers, daemons());
    this.slots =
        Math.max(1, workers) * 2; // keeps every worker busy while the next cluster compiles
    this.inFlight = new Semaphore(slots);
  }

  /** Tasks run on {@code workers} threads besides the caller (on the caller when 0). */
  public static EmitWorkers of(int workers) {
    return new EmitWorkers(workers);
  }

  /**
   * One worker per core. Serialising a cluster costs more than compiling it (a JFR profile of 1,000
   * redis clusters on two cores: 1,100 samples on the one emit worker, 745 on the compiling
   * thread), so with one worker fewer than cores the compiling thread waited for it; with one per
   * core the operating system shares both cores among the three threads. Measured with {@code kb
   * bench render addons/redis --work /dev/shm/bench}, alternating, six runs each: 1,000 clusters in
   * a median 5.7 s against 6.4 s, 10,000 in 28.6 s against 30.0 s, the same peak memory. The system
   * property {@code kbforge.emit.workers} sets another count (0: the caller does it all).
   */
  public static int defaultWorkers() {
    Integer set = Integer.getInteger("kbforge.emit.workers");
    if (set != null && set >= 0) {
      return set;
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs {@code task} on a worker, or now on the caller when there are no workers or every slot is
   * taken; fails at once when an earlier task failed.
   */
  public void submit(Runnable task) {
    rethrow();
    if (pool == null || !inFlight.tryAcquire()) {
      task.run();
      return;
    }
    try {
      pool.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            } catch (Error e) {
              failure.compareAndSet(null, new IllegalStateException(e));
            } finally {
              inFlight.release();
            }
          });
    } catch (RuntimeException e) {
      inFlight.release();
      throw e;
    }
  }

  /** Waits until every task submitted so far is done; rethrows the first failure. */
  public void awaitAll() {
    if (pool != null) {
      inFlight.acquireUninterruptibly(slots);
      inFlight.release(slots);
    }
    rethrow();
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }

  /**
   * Waits for the tasks still running (so nothing writes into a staging folder being deleted after
   * a failure), without rethrowing, then stops the workers.
   */
  @Override
  public void close() {
    if (pool != null) {
      inFlight.acquireUninterruptibly(slots);
      inFlight.release(slots);
      pool.shutdown();
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "kbforge-emit-" + n.incrementAndGet());
      thread.setDaemon(true); // a CLI that exits early (an error) must not wait for idle workers
      return thread;
    };
  }
}
