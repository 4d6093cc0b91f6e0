package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.ReconcileOptions;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Plan;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb diff DIR}: what {@code kb apply} would change, field by field. */
@Command(
    name = "diff",
    description = {
      "Show what 'kb apply DIR' would change in the cluster: each object to create, update or"
          + " prune, and for updates every field the tree sets whose live value differs (path,"
          + " live value, desired value). Secret values are hidden. Writes nothing.",
      ""
    },
    footer = {
      "",
      "Exit status (as kubectl diff):",
      "  0  no differences",
      "  1  differences found",
      "  2  usage error, DIR cannot be read, or the cluster failed",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb diff out/",
      "  kb diff --prune --context prod out/"
    })
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(index = "0", paramLabel = "DIR", description = "The manifests, as for kb apply.")
  Path dir;

  @Mixin ClusterOptions cluster;

  @Option(names = "--prune", description = "Also show the ApplySet members apply --prune deletes.")
  boolean prune;

  @Override
  public Integer call() {
    if (!Files.exists(dir)) {
      throw new InputException("no such file or directory: " + dir);
    }
    ReconcileOptions options =
        new ReconcileOptions(
            cluster.applySet,
            prune,
            false,
            Kbforge.create().version(),
            Cluster.Options.defaults(),
            false); // kb diff writes nothing
    try (KubernetesClient client = cluster.connect();
        Reconciler reconciler = new Reconciler(client, dir, options, ApplyListener.NONE)) {
      Plan plan = reconciler.plan();
      spec.commandLine().getOut().print(PlanText.diff(plan));
      spec.commandLine().getOut().print(PlanText.actions(reconciler.lifecycle(plan)));
      return plan.changes() || !reconciler.lifecycle(plan).isEmpty() ? 1 : 0;
    } catch (ReconcileException e) {
      spec.commandLine().getErr().println("kb diff: " + e.getMessage());
      return Main.USAGE;
    }
  }
}
