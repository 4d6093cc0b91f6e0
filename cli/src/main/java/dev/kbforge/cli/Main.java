package dev.kbforge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kb} command. Takes its streams so tests run it in-process. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "kbforge: validate KubeBlocks addons and clusters offline, and compile clusters into"
          + " GitOps trees.",
      ""
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      CrdsCommand.class,
      ApplyCommand.class,
      DiffCommand.class,
      RolesCommand.class,
      SwitchoverCommand.class,
      InitCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  kb validate addons examples",
      "  kb validate --format sarif addons > kbforge.sarif",
      "  kb render addons/redis --out gitops",
      "  kb crds --out deploy/crds",
      "  kb apply --dry-run out/",
      "  kb init addon mydb",
      "",
      "Run 'kb COMMAND --help' for a command's options."
    })
public final class Main implements Runnable {
  /** Exit status for usage and input errors (bad option, missing path). */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs {@code kb} with the given arguments; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
