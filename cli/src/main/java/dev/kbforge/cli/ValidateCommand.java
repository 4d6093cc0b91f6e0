package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb validate PATH...}: one request, one call, print the result. */
@Command(
    name = "validate",
    description = {
      "Validate addon definitions and clusters under PATH... as one set.",
      "",
      "Reads KubeBlocks documents (ClusterDefinition, ComponentDefinition, ComponentVersion,"
          + " ShardingDefinition, Cluster), checks each against the JSON Schema of its kind and"
          + " the Kubernetes types it embeds, then runs the semantic checks over the whole set."
          + " Any other document is a plain Kubernetes one: a built-in kind is checked against"
          + " its Kubernetes type, another project's kind passes unchecked, a Secret is a"
          + " warning (it never goes into the tree). Nothing is written."
          + " Every problem is reported as file:line:col with a stable code (see"
          + " docs/diagnostics.md).",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  no errors (warnings allowed unless --strict)",
      "  1  errors found",
      "  2  usage error, or a PATH cannot be read",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb validate addons examples",
      "  kb validate --strict --format github addons/redis"
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ColorOption color;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or directories. Directories are searched recursively for *.yaml and *.yml"
              + " (skipping dot-folders, target/ and folders holding a tree kbforge wrote; links"
              + " leading out of a PATH are errors, not followed); a file may hold several"
              + " documents.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "Output format (default: ${DEFAULT-VALUE}): text (gcc style, with the source line"
              + " and a caret), json (one object: diagnostics and summary), sarif (SARIF 2.1.0"
              + " for code scanning), github (GitHub Actions annotations).")
  OutputFormat format;

  @Option(
      names = "--strict",
      description = "Treat warnings as errors (they are then reported and counted as errors).")
  boolean strict;

  @Override
  public Integer call() {
    return validate(paths, format, strict, color, spec.commandLine().getOut());
  }

  /** The command itself, also run by {@link ValidateFastPath}; returns the exit status. */
  static int validate(
      List<Path> paths, OutputFormat format, boolean strict, ColorOption color, PrintWriter out) {
    Kbforge kbforge = Kbforge.create();
    ValidateResult result = kbforge.validate(new ValidateRequest(paths, strict));
    String text = DiagnosticFormatter.format(result, format, kbforge.version());
    out.print(color.apply(text, format == OutputFormat.TEXT));
    return result.hasErrors() ? 1 : 0;
  }

  /** Accepts the formats' lower-case names (any case); names the valid ones otherwise. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown format '"
                          + value
                          + "' (valid: "
                          + String.join(", ", OutputFormat.labels())
                          + ")"));
    }
  }
}
