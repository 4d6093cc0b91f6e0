package dev.kbforge.compiler.bench;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value: the
 * peak a run needed, garbage not yet collected included (so an upper bound of what it must have).
 */
final class HeapSampler implements Runnable {
  private static final long PERIOD_MILLIS = 5;

  private final Thread thread = new Thread(this, "kbforge-heap-sampler");
  private volatile boolean running = true;
  private volatile long peak;

  private HeapSampler() {}

  static HeapSampler start() {
    HeapSampler sampler = new HeapSampler();
    sampler.sample();
    sampler.thread.setDaemon(true);
    sampler.thread.start();
    return sampler;
  }

  /** Stops sampling; returns the peak used heap in bytes. */
  long stop() {
    running = false;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
    return peak;
  }

  @Override
  public void run() {
    while (running) {
      sample();
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    Runtime runtime = Runtime.getRuntime();
    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
  }
}
