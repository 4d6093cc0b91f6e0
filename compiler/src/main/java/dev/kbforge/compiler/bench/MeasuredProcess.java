package dev.kbforge.compiler.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one command as a process, as a user would, and measures it: wall time from start to exit,
 * and peak resident memory, read from the kernel's high-water mark ({@code VmHWM} in {@code
 * /proc/<pid>/status}) every few milliseconds while it runs. The mark only grows, so the last
 * reading is the peak but for what the process added in its last few milliseconds; where {@code
 * /proc} is missing (not Linux) the peak is reported as -1.
 */
public final class MeasuredProcess {
  private static final long SAMPLE_MILLIS = 10;

  /**
   * One run.
   *
   * @param wallMillis start to exit
   * @param peakRssBytes peak resident set, -1 when unknown
   * @param exitCode the process's exit status
   * @param output what it printed (stdout and stderr), for when it failed
   */
  public record Run(double wallMillis, long peakRssBytes, int exitCode, String output) {}

  private MeasuredProcess() {}

  /** Runs {@code command} in the current folder; its output goes to a temporary file. */
  public static Run run(List<String> command) {
    try {
      Path log = Files.createTempFile("kb-bench-", ".log");
      try {
        ProcessBuilder builder =
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = -1;
        while (!process.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          peak = Math.max(peak, highWaterMark(status));
        }
        long t1 = System.nanoTime();
        return new Run((t1 - t0) / 1e6, peak, process.exitValue(), Files.readString(log));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring " + command, e);
    }
  }

  /** VmHWM in bytes, or -1 when the process is gone or /proc is missing. */
  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").trim();
          return Long.parseLong(kb) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // the process ended between two samples, or this is not Linux
    }
    return -1;
  }
}
