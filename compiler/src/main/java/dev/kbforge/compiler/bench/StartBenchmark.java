package dev.kbforge.compiler.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures cold start: each command launched as a new process several times ({@link
 * MeasuredProcess}), after one launch that is not counted (it fills the file cache, as any earlier
 * use of {@code kb} would have). Launches of the commands alternate, so a burst of load on the
 * machine spreads over all of them. A benchmark you run and read ({@code kb bench start}).
 */
public final class StartBenchmark {
  /** The launches of one command: their wall times and the median peak resident memory. */
  public record Report(
      List<String> args, List<Double> wallMillis, long peakRssBytes, int exitCode) {
    public double median() {
      return Stats.median(wallMillis);
    }

    public double min() {
      return wallMillis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double max() {
      return wallMillis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  private StartBenchmark() {}

  /** Launches {@code kb} followed by each of {@code commands}, {@code runs} times each. */
  public static List<Report> run(List<String> kb, List<List<String>> commands, int runs) {
    List<List<Double>> walls = new ArrayList<>();
    List<List<Double>> rss = new ArrayList<>();
    int[] exits = new int[commands.size()];
    for (List<String> args : commands) {
      MeasuredProcess.run(command(kb, args)); // the uncounted first launch
      walls.add(new ArrayList<>());
      rss.add(new ArrayList<>());
    }
    for (int r = 0; r < runs; r++) {
      for (int c = 0; c < commands.size(); c++) {
        MeasuredProcess.Run run = MeasuredProcess.run(command(kb, commands.get(c)));
        walls.get(c).add(run.wallMillis());
        rss.get(c).add((double) run.peakRssBytes());
        exits[c] = Math.max(exits[c], run.exitCode());
      }
    }
    List<Report> reports = new ArrayList<>();
    for (int c = 0; c < commands.size(); c++) {
      reports.add(
          new Report(
              commands.get(c),
              List.copyOf(walls.get(c)),
              (long) Stats.median(rss.get(c)),
              exits[c]));
    }
    return reports;
  }

  private static List<String> command(List<String> kb, List<String> args) {
    List<String> command = new ArrayList<>(kb);
    command.addAll(args);
    return command;
  }
}
