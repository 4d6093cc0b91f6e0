package dev.kbforge.compiler.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures {@code kb render} as a user runs it: N generated Clusters ({@link GeneratedClusters})
 * written to files, then one {@code kb render} process over them, timed from start to exit with its
 * peak resident memory ({@link MeasuredProcess}). Compared with the floor of the same run: plain
 * Jackson parsing and rewriting the tree that render wrote ({@link JacksonFloor}). A benchmark you
 * run and read ({@code kb bench render}), never a timed assertion.
 */
public final class RenderBenchmark {
  /**
   * One measured render.
   *
   * @param clusters Clusters rendered
   * @param objects Kubernetes objects written (files but the kustomizations)
   * @param files files in the tree
   * @param bytes bytes in the tree
   * @param wallMillis the render process, start to exit
   * @param peakRssBytes its peak resident memory (-1 when unknown)
   * @param floorMillis the Jackson floor over the same tree
   * @param run the render process's run (exit status and output)
   */
  public record Report(
      int clusters,
      int objects,
      int files,
      long bytes,
      double wallMillis,
      long peakRssBytes,
      double floorMillis,
      MeasuredProcess.Run run) {

    public double objectsPerSecond() {
      return objects / (wallMillis / 1000.0);
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / (wallMillis / 1000.0);
    }

    public double ratioToFloor() {
      return wallMillis / floorMillis;
    }

    public boolean failed() {
      return run.exitCode() != 0;
    }
  }

  private RenderBenchmark() {}

  /**
   * Renders {@code clusters} generated Clusters of the addon at {@code addon} with the command
   * {@code kb} (the launcher or java with its arguments) plus {@code extraArgs}, in a folder of
   * {@code work} that is deleted afterwards.
   */
  public static Report run(
      Path addon, int clusters, List<String> kb, List<String> extraArgs, Path work) {
    Path dir = work.resolve("render-" + clusters);
    Scratch.delete(dir);
    try {
      List<Path> inputs = GeneratedClusters.of(addon).write(clusters, dir.resolve("in"));
      Path out = dir.resolve("out");
      List<String> command = new ArrayList<>(kb);
      command.add("render");
      inputs.forEach(p -> command.add(p.toString()));
      command.addAll(extraArgs);
      command.add("--out");
      command.add(out.toString());
      DiskSettle.settle();
      MeasuredProcess.Run run = MeasuredProcess.run(command);
      if (run.exitCode() != 0) {
        return new Report(clusters, 0, 0, 0, run.wallMillis(), run.peakRssBytes(), -1, run);
      }
      DiskSettle.settle();
      JacksonFloor.Pass floor = JacksonFloor.run(out, dir.resolve("floor"));
      return new Report(
          clusters,
          floor.objects(),
          floor.files(),
          floor.bytes(),
          run.wallMillis(),
          run.peakRssBytes(),
          floor.millis(),
          run);
    } finally {
      Scratch.delete(dir);
    }
  }
}
