package dev.kbforge.cli;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.SecretsMode;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.bench.RenderBenchmark;
import dev.kbforge.compiler.bench.ValidationBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb bench validate PATH...}: validation throughput next to Jackson's parse floor; {@code kb
 * bench render ADDON}: rendering generated clusters next to Jackson's serialisation floor.
 */
@Command(
    name = "bench",
    customSynopsis = {
      "kb bench validate [--warmup=N] [--iterations=N] PATH...",
      "       kb bench render [--clusters=N,...] [--target=TARGET] [--write=DIR] ADDON"
    },
    description = {
      "Measure validation or render throughput. A benchmark: it prints timings and checks"
          + " nothing.",
      "",
      "validate: validation of the files under PATH... (after warm-up), next to the floor of"
          + " parsing the same YAML with Jackson.",
      "render: N generated clusters (copies of the examples of the addon folder ADDON) rendered"
          + " into the in-memory tree, next to Jackson serialising the same objects to YAML.",
      ""
    },
    descriptionHeading = "%n",
    footer = {
      "",
      "Examples:",
      "  kb bench validate addons examples",
      "  kb bench render --clusters 1000 addons/redis"
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description = "What to measure: validate or render.")
  String what;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "PATH",
      description = "validate: files or directories; render: one addon folder (ADDON).")
  List<Path> paths;

  @Option(
      names = "--clusters",
      split = ",",
      paramLabel = "N",
      defaultValue = "1000,10000",
      description =
          "render: how many clusters, one measured render each (default ${DEFAULT-VALUE}).")
  List<Integer> clusters;

  @Option(
      names = "--write",
      paramLabel = "DIR",
      description = "render: also write each tree to DIR (replaced each time) and time the write.")
  Path write;

  @Option(
      names = "--target",
      defaultValue = "instanceset",
      paramLabel = "TARGET",
      converter = RenderCommand.TargetConverter.class,
      description = "render: the target (default ${DEFAULT-VALUE}).")
  Target target;

  @Option(
      names = "--warmup",
      defaultValue = "20",
      paramLabel = "N",
      description = "Warm-up passes (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--iterations",
      defaultValue = "30",
      paramLabel = "N",
      description = "Measured passes (default ${DEFAULT-VALUE}).")
  int iterations;

  @Override
  public Integer call() {
    if ("render".equals(what)) {
      return render();
    }
    if (!"validate".equals(what)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown benchmark '" + what + "' (use validate or render)");
    }
    ValidationBenchmark.Report r = ValidationBenchmark.run(paths, warmup, iterations);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "corpus: %d files, %d documents, %.2f MB; %d passes after %d warm-up%n",
        r.files(), r.documents(), r.bytes() / 1e6, r.iterations(), warmup);
    out.printf(
        "validate (load+schema+checks): %8.2f ms/pass  %9.0f docs/s  %6.2f MB/s%n",
        r.validateMillis(), r.documentsPerSecond(), r.megabytesPerSecond());
    out.printf("load only (positioned YAML):   %8.2f ms/pass%n", r.loadMillis());
    out.printf("floor (Jackson YAML parse):    %8.2f ms/pass%n", r.parseFloorMillis());
    out.printf("ratio validate/floor: %.2fx%n", r.ratioToFloor());
    return 0;
  }

  private int render() {
    PrintWriter out = spec.commandLine().getOut();
    RenderOptions options =
        new RenderOptions(target, SecretsMode.APPLY, RenderOptions.DEFAULT_CLUSTER_DOMAIN);
    out.printf(
        "render of generated clusters (%s), heap max %d MiB%n",
        paths.get(0), Runtime.getRuntime().maxMemory() >> 20);
    out.println(
        "clusters  objects   files   render ms   objects/s   floor ms  ratio  peak heap MiB  errors"
            + (write == null ? "" : "   write ms"));
    for (int n : clusters) {
      RenderBenchmark.Report r =
          RenderBenchmark.run(paths.get(0), n, warmupClusters(n), options, write);
      out.printf(
          "%8d %8d %7d %11.0f %11.0f %10.0f %6.2f %14d %7d",
          r.clusters(),
          r.objects(),
          r.files(),
          r.renderMillis(),
          r.objectsPerSecond(),
          r.floorMillis(),
          r.ratioToFloor(),
          r.peakHeapBytes() >> 20,
          r.errors());
      out.println(write == null ? "" : String.format("%11.0f", r.writeMillis()));
      out.flush();
    }
    return 0;
  }

  /** A warm-up render big enough for the JIT, small next to the measured one. */
  private int warmupClusters(int n) {
    return Math.min(Math.max(warmup, 1) * 10, Math.max(n / 5, 1));
  }
}
