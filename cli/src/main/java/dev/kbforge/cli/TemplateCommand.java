package dev.kbforge.cli;

import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.TemplateRequest;
import dev.kbforge.compiler.api.TemplateResult;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.format.DiagnosticFormatter;
import dev.kbforge.compiler.format.OutputFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb template FILE}: one request, one call, the output to stdout. */
@Command(
    name = "template",
    description = {
      "Render one template file to stdout, as kb render renders it.",
      "",
      "A file ending in .peb is a Pebble template; any other file is a Go text/template with"
          + " sprig's functions and KubeBlocks' own (getContainerMemory, getPortByName, ...;"
          + " see docs/gotemplate.md). Go runs with its own default, missingkey=default (a"
          + " missing key prints <no value>); --missingkey error is the strictness of"
          + " KubeBlocks' controllers and of kb render. A template error is reported as"
          + " file:line:col with its code.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  rendered",
      "  1  template error (or a values file that is not JSON or YAML)",
      "  2  usage error, or a file cannot be read",
      "",
      "Examples:",
      "  kb template redis.conf --values values.json",
      "  kb template --missingkey error templates/redis-config/redis.conf --values vars.yaml"
    })
final class TemplateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "FILE", description = "The template file.")
  Path file;

  @Option(
      names = "--values",
      paramLabel = "VALUES",
      description = "A JSON or YAML file with the values the template sees (default: {}).")
  Path values;

  @Option(
      names = "--missingkey",
      defaultValue = "default",
      paramLabel = "MODE",
      description =
          "Go only: default (a missing key prints <no value>, Go's default) or error (fail, as"
              + " KubeBlocks does). Default: ${DEFAULT-VALUE}.")
  String missingKey;

  @Override
  public Integer call() {
    if (!missingKey.equals("default") && !missingKey.equals("error")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for option '--missingkey': unknown mode '"
              + missingKey
              + "' (valid: default, error)");
    }
    Kbforge kbforge = Kbforge.create();
    TemplateResult result =
        kbforge.template(
            new TemplateRequest(file, Optional.ofNullable(values), missingKey.equals("error")));
    if (!result.diagnostics().isEmpty()) {
      spec.commandLine()
          .getErr()
          .print(
              DiagnosticFormatter.format(
                  new ValidateResult(result.diagnostics(), 1, 0),
                  OutputFormat.TEXT,
                  kbforge.version()));
    }
    if (result.hasErrors()) {
      return 1;
    }
    spec.commandLine().getOut().print(result.output());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
