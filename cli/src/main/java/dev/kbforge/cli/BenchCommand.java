package dev.kbforge.cli;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.bench.RenderBenchmark;
import dev.kbforge.compiler.bench.StartBenchmark;
import dev.kbforge.compiler.bench.ValidationBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb bench validate PATH...}: validation throughput next to Jackson's parse floor; {@code kb
 * bench render ADDON}: {@code kb render} processes over generated clusters next to Jackson's floor;
 * {@code kb bench start [PATH...]}: cold start of {@code kb} processes.
 */
@Command(
    name = "bench",
    customSynopsis = {
      "kb bench validate [--warmup=N] [--iterations=N] PATH...",
      "       kb bench render [--clusters=N,...] [--target=TARGET] [--work=DIR] ADDON",
      "       kb bench start [--runs=N] [PATH...]"
    },
    description = {
      "Measure validation, render throughput or start-up. A benchmark: it prints timings and"
          + " checks nothing.",
      "",
      "validate PATH...: validation throughput over PATH... (after warm-up) against the YAML"
          + " parse floor.",
      "render ADDON: for each --clusters N, write N generated clusters (copies of the addon's"
          + " example Clusters) to files and run one 'kb render' process over them, as a user"
          + " would; print its wall time, objects/s, MB/s and peak resident memory, and the floor"
          + " of the same run: plain Jackson parsing and rewriting the tree it wrote, on one"
          + " thread, with the ratio wall/floor. Dirty pages are flushed (sync) before each"
          + " timed pass, outside its timing, so neither pays for the other's disk writes.",
      "start [PATH...]: launch 'kb --version' (and 'kb validate PATH...' when PATH is given)"
          + " --runs times each as new processes; print median, min and max wall time.",
      "Processes are started the way this one was: through the ./kb launcher when it started"
          + " this one, else with this JVM and its options.",
      ""
    },
    descriptionHeading = "%n",
    footer = {
      "",
      "Examples:",
      "  kb bench validate addons examples",
      "  kb bench render --clusters 1000 addons/redis",
      "  kb bench start addons/redis"
    })
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description = "What to measure: validate, render or start.")
  String what;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "validate: corpus files or directories; render: one addon folder; start: what 'kb"
              + " validate' is timed on (optional).")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--clusters",
      split = ",",
      paramLabel = "N",
      defaultValue = "1000,10000",
      description =
          "render: how many clusters, one render process each (default ${DEFAULT-VALUE}).")
  List<Integer> clusters;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "render: the folder for the generated inputs and trees (default: a new temporary"
              + " folder); each run's files are deleted after it.")
  Path work;

  @Option(
      names = "--target",
      defaultValue = "instanceset",
      converter = RenderCommand.TargetConverter.class,
      description = "render: the target (default ${DEFAULT-VALUE}).")
  Target target;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "start: launches of each command, after one uncounted (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "20",
      description = "validate: warm-up passes (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      defaultValue = "30",
      description = "validate: measured passes (default ${DEFAULT-VALUE}).")
  int iterations;

  @Override
  public Integer call() {
    switch (what) {
      case "render":
        return render();
      case "start":
        return start();
      case "validate":
        return validate();
      default:
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown benchmark '" + what + "' (use validate, render or start)");
    }
  }

  private int validate() {
    requirePaths("validate needs corpus files or directories");
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
    requirePaths("render needs one addon folder");
    PrintWriter out = spec.commandLine().getOut();
    List<String> kb = SelfCommand.current();
    Path addon = paths.get(0);
    out.printf(
        "kb render of generated clusters (%s, target %s), one process each: %s%n",
        addon, target.name().toLowerCase(Locale.ROOT), String.join(" ", kb));
    out.println(
        "floor: Jackson parse + write of the same tree, one thread; ratio = wall / floor;"
            + " "
            + Runtime.getRuntime().availableProcessors()
            + " cores");
    BenchReports.renderHeader(out);
    Path dir = work != null ? work : temporaryFolder();
    int status = 0;
    for (int n : clusters) {
      List<String> args = List.of("--target", target.name().toLowerCase(Locale.ROOT));
      RenderBenchmark.Report r = RenderBenchmark.run(addon, n, kb, args, dir);
      if (r.failed()) {
        spec.commandLine()
            .getErr()
            .printf(
                "kb render of %d clusters failed (exit status %d):%n%s%n",
                n, r.run().exitCode(), r.run().output());
        status = 1;
        continue;
      }
      BenchReports.render(out, r);
    }
    return status;
  }

  private int start() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> kb = SelfCommand.current();
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--version"));
    if (!paths.isEmpty()) {
      List<String> validate = new ArrayList<>(List.of("validate"));
      paths.forEach(p -> validate.add(p.toString()));
      commands.add(validate);
    }
    out.printf(
        "cold start over %d launches each (one more uncounted), as: %s%n",
        runs, String.join(" ", kb));
    BenchReports.startHeader(out);
    int status = 0;
    for (StartBenchmark.Report r : StartBenchmark.run(kb, commands, runs)) {
      BenchReports.start(out, r);
      status = Math.max(status, r.exitCode() == 0 ? 0 : 1);
    }
    return status;
  }

  private void requirePaths(String message) {
    if (paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  private static Path temporaryFolder() {
    try {
      Path dir = Files.createTempDirectory("kb-bench-");
      dir.toFile().deleteOnExit(); // empty by then: each run deletes its own files
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
