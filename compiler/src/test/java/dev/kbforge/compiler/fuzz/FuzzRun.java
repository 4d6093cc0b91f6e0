package dev.kbforge.compiler.fuzz;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs fuzz cases through {@code kb validate} (every phase but the write) and keeps the score: each
 * case's exit status as the front ends give it (0 no errors, 1 errors, 2 input problems), and every
 * broken promise of issue 11 as a failure naming the case: a Throwable that escapes, a diagnostic
 * placed outside its file, a run past its bound.
 */
final class FuzzRun implements AutoCloseable {
  /**
   * A case's bound: a hang guard far above a normal run (well under a second; the slowest limit, a
   * template's clock, is 5 seconds), so a loaded CI machine cannot make it flake.
   */
  static final long BOUND_SECONDS = 60;

  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);
            return thread;
          });

  /** One engine for every case, as a long-lived front end (the Maven plugin) uses it. */
  private final Kbforge kbforge = Kbforge.create();

  final Map<Integer, Integer> statuses = new TreeMap<>();
  long slowestNanos;
  String slowest = "";
  final List<String> failures = new ArrayList<>();
  int cases;

  /** Validates {@code paths}, after {@code label} (which names the case in a failure). */
  void validate(String label, List<Path> paths) {
    cases++;
    Future<List<Diagnostic>> run =
        worker.submit(() -> kbforge.validate(new ValidateRequest(paths, false)).diagnostics());
    List<Diagnostic> diagnostics;
    long start = System.nanoTime();
    try {
      diagnostics = run.get(BOUND_SECONDS, TimeUnit.SECONDS);
      if (System.nanoTime() - start > slowestNanos) {
        slowestNanos = System.nanoTime() - start;
        slowest = label;
      }
    } catch (TimeoutException e) {
      run.cancel(true);
      failures.add(label + ": ran past its bound of " + BOUND_SECONDS + " s");
      return;
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof InputException) {
        statuses.merge(2, 1, Integer::sum);
      } else {
        failures.add(label + ": " + e.getCause() + " escaped, at " + frames(e.getCause()));
      }
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    statuses.merge(diagnostics.stream().anyMatch(Diagnostic::isError) ? 1 : 0, 1, Integer::sum);
    for (Diagnostic d : diagnostics) {
      String problem = outside(d);
      if (problem != null) {
        failures.add(label + ": " + d.location() + " " + d.code() + " " + problem);
      }
    }
  }

  /**
   * Why a diagnostic's position is not inside its file, or null when it is (or names no position:
   * 0:0 is a whole-file finding). Lines are counted as an editor counts them (LF, CR LF or CR); the
   * column may be one past the line's end (where something is missing).
   */
  static String outside(Diagnostic d) {
    if (d.line() == 0 && d.column() == 0) {
      return null;
    }
    Path file = Path.of(d.file());
    if (!Files.isRegularFile(file)) {
      return null; // a folder or a run-level finding
    }
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "file unreadable: " + e;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (d.line() < 1 || d.line() > lines.length) {
      return "line outside 1.." + lines.length;
    }
    int length = lines[d.line() - 1].codePointCount(0, lines[d.line() - 1].length());
    if (d.column() < 1 || d.column() > length + 1) {
      return "column outside 1.." + (length + 1);
    }
    return null;
  }

  /** Where a Throwable came from: its first frames, enough to find the bug. */
  private static String frames(Throwable t) {
    StackTraceElement[] stack = t.getStackTrace();
    return java.util.Arrays.stream(stack, 0, Math.min(8, stack.length))
        .map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(" < "));
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
