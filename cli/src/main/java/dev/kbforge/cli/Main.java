package dev.kbforge.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
    // the subcommands are added per command line: see Subcommands
    footer = {
      "",
      "Examples:",
      "  kb validate addons examples",
      "  kb validate --format sarif addons > kbforge.sarif",
      "  kb render addons/redis --out gitops",
      "  kb crds --out deploy/crds",
      "  kb apply --dry-run out/",
      "  kb init addon mydb",
      "  kb cluster hscale mydb.yaml --replicas 3 --addons addons/redis",
      "  source <(kb completion bash)",
      "",
      "Run 'kb COMMAND --help' for a command's options."
    })
public final class Main implements Runnable {
  /** Exit status for usage and input errors (bad option, missing path). */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Read before parsing by {@link InternalErrors}; declared so every command accepts it. */
  @CommandLine.Option(
      names = InternalErrors.DEBUG_OPTION,
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error (exit status 3), also print its stack trace.")
  boolean debug;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs {@code kb} with the given arguments; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (VersionProvider.isOnlyVersionRequest(args)) {
      // the fast path of a bare 'kb --version' (editors and scripts probe it): picocli's model of
      // every subcommand takes longer to build than the rest of the JVM's start
      out.println(new VersionProvider().getVersion()[0]);
      out.flush();
      return 0;
    }
    Optional<ValidateFastPath.Line> validate = ValidateFastPath.parse(args);
    if (validate.isPresent()) {
      return finish(
          InternalErrors.guard(
              () -> ValidateFastPath.run(validate.get(), args, out, err), err, List.of(args)),
          out,
          err);
    }
    return run(args, out, err, Subcommands.needed(args));
  }

  /**
   * As above through picocli, with only {@code subcommands} known to it (tests compare this with
   * the fast paths and with all subcommands).
   */
  static int run(
      String[] args, PrintWriter out, PrintWriter err, Collection<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    // before the settings below, which picocli passes on to the subcommands present
    subcommands.forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    HelpLayout.apply(cli, args);
    return finish(InternalErrors.guard(() -> cli.execute(args), err, List.of(args)), out, err);
  }

  private static int finish(int status, PrintWriter out, PrintWriter err) {
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
