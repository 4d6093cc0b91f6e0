package dev.kbforge.cli;

import dev.kbforge.compiler.bench.ValidationBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb bench validate PATH...}: validation throughput next to Jackson's parse floor. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measure validation throughput over PATH... (after warm-up) against the YAML parse floor.")
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: validate.")
  String what;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "PATH",
      description = "Corpus files or directories.")
  List<Path> paths;

  @Option(
      names = "--warmup",
      defaultValue = "20",
      description = "Warm-up passes (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--iterations",
      defaultValue = "30",
      description = "Measured passes (default ${DEFAULT-VALUE}).")
  int iterations;

  @Override
  public Integer call() {
    if (!"validate".equals(what)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown benchmark '" + what + "' (use validate)");
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
}
