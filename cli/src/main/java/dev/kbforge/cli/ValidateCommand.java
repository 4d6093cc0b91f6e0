package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb validate PATH...}: one request, one call, print the result. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate addon definitions and clusters under PATH... as one set.",
      "Exit status: 0 clean (warnings allowed), 1 errors found, 2 usage or input error."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or directories (*.yaml, *.yml).")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: text, json, sarif, github (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  public Integer call() {
    OutputFormat outputFormat = parseFormat(format);
    ValidateResult result = Kbforge.create().validate(new ValidateRequest(paths, strict));
    spec.commandLine().getOut().print(DiagnosticFormatter.format(result, outputFormat));
    return result.hasErrors() ? 1 : 0;
  }

  private OutputFormat parseFormat(String text) {
    try {
      return OutputFormat.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "unknown --format '" + text + "' (use text, json, sarif or github)");
    }
  }
}
