package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.loop.Stop;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.roles.RoleLoop;
import dev.kbforge.reconciler.roles.RoleWorkload;
import dev.kbforge.reconciler.roles.RoleWorkloads;
import dev.kbforge.reconciler.tree.TreeReader;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb roles DIR}: the role labeler as a long-running loop. */
@Command(
    name = "roles",
    description = {
      "Keep the kubeblocks.io/role label of the pods of DIR's StatefulSets and InstanceSets up"
          + " to date, as KubeBlocks' role event handler does, so role-selecting Services work"
          + " without KubeBlocks.",
      "",
      "For each StatefulSet or InstanceSet carrying the annotation kbforge.dev/roles whose"
          + " pods run kbagent with a roleProbe (kb render puts both there), it asks each ready"
          + " pod's kbagent for its role through the API server's pod proxy (port 3501, the"
          + " action roleProbe: exec, HTTP and gRPC probes alike; nothing is exec'd) every"
          + " periodSeconds, reads its output ('<role>' or '<role> <version>', lower-cased;"
          + " anything else is a warning), sets the label where it changed, removes it when"
          + " the pod reports a role the component does not define, and takes an exclusive"
          + " role away from every other pod. Runs until SIGINT or SIGTERM (the pass under"
          + " way finishes, then exit 0). DIR is read again on every pass.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  stopped",
      "  1  the cluster could not be reached (bad kubeconfig or context)",
      "  2  usage error, or DIR cannot be read",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb roles out/",
      "  kb roles --context kind-kind --interval 5s out/"
    })
final class RolesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "DIR", description = "The manifests, as for kb apply.")
  Path dir;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Probe every pod this often (default: each probe's periodSeconds).")
  Duration interval;

  @Override
  public Integer call() {
    if (interval != null && interval.isZero()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--interval must be longer than 0s");
    }
    if (!Files.exists(dir)) {
      throw new InputException("no such file or directory: " + dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RolePrinter printer = new RolePrinter(out, err, "kb roles");
    try (KubernetesClient client = connection.connect()) {
      String namespace = RolePrinter.namespace(client);
      List<RoleWorkload> workloads = RoleWorkloads.of(TreeReader.read(dir), namespace, printer);
      if (workloads.isEmpty()) {
        printer.warning("no StatefulSet in " + dir + " carries roles; waiting for one");
      }
      Stop stop = new Stop();
      RoleLoop loop =
          new RoleLoop(
              () -> RoleWorkloads.of(TreeReader.read(dir), namespace, printer),
              printer.labeler(client),
              interval,
              Clock.systemUTC(),
              stop,
              printer);
      try (Signals signals = Signals.stopOn(stop)) {
        loop.run();
      }
      out.println("roles: stopped");
      return 0;
    } catch (ReconcileException e) {
      err.println("kb roles: " + e.getMessage());
      return 1;
    }
  }
}
