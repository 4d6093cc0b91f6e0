package dev.kbforge.cli;

import dev.kbforge.reconciler.actions.ActionRunner;
import dev.kbforge.reconciler.actions.ComponentActions;
import dev.kbforge.reconciler.actions.LiveComponent;
import dev.kbforge.reconciler.actions.Switchover;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kb switchover}: KubeBlocks' Switchover operation, run through kbagent. */
@Command(
    name = "switchover",
    description = {
      "Move a component's exclusive role (its primary, leader...) to another pod, as"
          + " KubeBlocks' Switchover operation does: the component's switchover action runs"
          + " through the kbagent of the pod that holds the role (or --instance), via the API"
          + " server's pod proxy, told the role and the --candidate when one is named; then kb"
          + " switchover asks each pod's kbagent for its role again until the role has moved"
          + " and the kubeblocks.io/role labels say so. Reads the live workload"
          + " CLUSTER-COMPONENT (StatefulSet or InstanceSet): no tree is needed, and nothing is"
          + " written to git. A failing action is tried 6 times with growing pauses.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  the role moved",
      "  1  the cluster failed, the component has no switchover action or roles, the action"
          + " kept failing, kbagent could not be reached, or the role did not move in --timeout",
      "  2  usage error",
      "",
      "Examples:",
      "  kb switchover --cluster pg --component postgresql",
      "  kb switchover --cluster pg --component postgresql --candidate pg-postgresql-1",
      "  kb switchover --namespace demo --cluster redis --component redis --instance redis-redis-0"
    })
final class SwitchoverCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Mixin ConnectionOptions connection;

  @Option(names = "--cluster", required = true, paramLabel = "NAME", description = "The Cluster.")
  String cluster;

  @Option(
      names = "--component",
      required = true,
      paramLabel = "NAME",
      description = "The component whose role moves.")
  String component;

  @Option(
      names = "--instance",
      paramLabel = "POD",
      description = "The pod that gives up the role (default: the one holding it).")
  String instance;

  @Option(
      names = "--candidate",
      paramLabel = "POD",
      description = "The pod that should take it (default: the engine chooses).")
  String candidate;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "The Cluster's namespace (default: the kubeconfig's, else default).")
  String namespace;

  @Option(
      names = "--timeout",
      defaultValue = "5m",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long to wait for the new role labels (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ApplyListener printer = ApplyCommand.printer(out, err);
    try (KubernetesClient client = connection.connect()) {
      String ns = namespace != null ? namespace : RolePrinter.namespace(client);
      ComponentActions target = LiveComponent.find(client, ns, cluster, component);
      Backoff retry =
          new Backoff(
              6, Duration.ofSeconds(1), Duration.ofSeconds(15), d -> Thread.sleep(d.toMillis()));
      Switchover switchover =
          new Switchover(
              client,
              ActionRunner.standalone(client, retry, printer),
              printer,
              retry.sleeper(),
              Duration.ofSeconds(1),
              Clock.systemUTC());
      Switchover.Outcome moved = switchover.run(target, instance, candidate, timeout);
      out.println(
          "switchover: "
              + moved.role()
              + " moved from Pod "
              + ns
              + "/"
              + moved.from()
              + " to Pod "
              + ns
              + "/"
              + moved.to());
      return 0;
    } catch (ReconcileException e) {
      out.flush();
      err.println("kb switchover: " + e.getMessage());
      return 1;
    }
  }
}
