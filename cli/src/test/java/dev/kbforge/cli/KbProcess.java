package dev.kbforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** {@code java -jar cli/target/kb.jar ...} as a child process, its output collected as it comes. */
final class KbProcess {
  private final Process process;
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();
  private final List<Thread> pumps = new ArrayList<>();

  private KbProcess(Process process) {
    this.process = process;
    pumps.add(pump(process.getInputStream(), out));
    pumps.add(pump(process.getErrorStream(), err));
  }

  /** The shaded jar the build made (surefire passes its path as kb.jar). */
  static Path jar() {
    Path jar = Path.of(System.getProperty("kb.jar", Trees.root() + "/cli/target/kb.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run mvn package first");
    }
    return jar;
  }

  static KbProcess start(String... args) {
    return startIn(null, args);
  }

  /** As {@link #start}, with {@code dir} as the working folder (null: this process's). */
  static KbProcess startIn(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (dir != null) {
      builder.directory(dir.toFile());
    }
    builder.environment().remove("KUBECONFIG");
    try {
      return new KbProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code kb args...} to the end (at most two minutes). */
  static KbProcess run(String... args) {
    KbProcess kb = start(args);
    kb.waitFor(Duration.ofMinutes(2));
    return kb;
  }

  /** Waits until the process ends; returns its exit status. */
  int waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("kb did not end within " + timeout + "\n" + this);
      }
      for (Thread pump : pumps) {
        pump.join();
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int status() {
    return waitFor(Duration.ofMinutes(2));
  }

  /**
   * SIGTERM, as a service manager or {@code kill} sends it. Through the process handle: {@link
   * Process#destroy} would also close our ends of its stdout and stderr, losing what it prints
   * while it stops.
   */
  void terminate() {
    process.toHandle().destroy();
  }

  /** SIGKILL: no handler runs, nothing is flushed. */
  void kill() {
    process.destroyForcibly();
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
  }

  /** Polls {@code condition} every 20 ms for up to {@code timeout}; fails if it never holds. */
  void await(BooleanSupplier condition, Duration timeout, String what) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end || !process.isAlive() && !condition.getAsBoolean()) {
        throw new AssertionError("never saw " + what + "\n" + this);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  @Override
  public String toString() {
    return "stdout:\n" + out + "stderr:\n" + err;
  }

  private static Thread pump(InputStream stream, StringBuffer into) {
    Thread thread =
        new Thread(
            () -> {
              char[] buffer = new char[8192];
              try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                for (int n; (n = reader.read(buffer)) >= 0; ) {
                  into.append(buffer, 0, n);
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
