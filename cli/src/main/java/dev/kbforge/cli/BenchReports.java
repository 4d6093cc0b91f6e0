package dev.kbforge.cli;

import dev.kbforge.compiler.bench.RenderBenchmark;
import dev.kbforge.compiler.bench.StartBenchmark;
import java.io.PrintWriter;

/** How {@code kb bench render} and {@code kb bench start} print their measurements. */
final class BenchReports {
  private BenchReports() {}

  static void renderHeader(PrintWriter out) {
    out.println(
        "clusters  objects    files       MB    wall ms   objects/s    MB/s  peak RSS MiB"
            + "   floor ms  ratio");
  }

  static void render(PrintWriter out, RenderBenchmark.Report r) {
    out.printf(
        "%8d %8d %8d %8.1f %10.0f %11.0f %7.1f %13s %10.0f %6.2f%n",
        r.clusters(),
        r.objects(),
        r.files(),
        r.bytes() / 1e6,
        r.wallMillis(),
        r.objectsPerSecond(),
        r.megabytesPerSecond(),
        mebibytes(r.peakRssBytes()),
        r.floorMillis(),
        r.ratioToFloor());
    out.flush();
  }

  static void startHeader(PrintWriter out) {
    out.println("median ms   min ms   max ms  peak RSS MiB  command");
  }

  static void start(PrintWriter out, StartBenchmark.Report r) {
    out.printf(
        "%9.0f %8.0f %8.0f %13s  kb %s%s%n",
        r.median(),
        r.min(),
        r.max(),
        mebibytes(r.peakRssBytes()),
        String.join(" ", r.args()),
        r.exitCode() == 0 ? "" : "  (exit status " + r.exitCode() + ")");
    out.flush();
  }

  private static String mebibytes(long bytes) {
    return bytes < 0 ? "?" : Long.toString(bytes >> 20);
  }
}
