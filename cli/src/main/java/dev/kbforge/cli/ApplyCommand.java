package dev.kbforge.cli;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.reconciler.PlanText;
import dev.kbforge.reconciler.ReconcileOptions;
import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.Step;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb apply DIR}: plan against the live cluster, then execute (or print) the plan. */
@Command(
    name = "apply",
    description = {
      "Apply the manifests under DIR to a cluster: server-side apply (field manager kbforge),"
          + " in order (CRDs, Namespaces, RBAC, ConfigMaps and Secrets, Services, workloads,"
          + " the rest), writing only objects that differ. Creates missing account Secrets with"
          + " random passwords and never overwrites one; --secrets-from creates the Secrets of"
          + " the given files (kept out of the tree: kb render never writes a Secret) when"
          + " missing, and never updates or prunes them. Members are recorded in an ApplySet;"
          + " --prune deletes those no longer in DIR as the cluster's terminationPolicy says:"
          + " nothing of a DoNotTerminate cluster; all of a Delete cluster, its"
          + " PersistentVolumeClaims (found by label) and account Secrets included; the same"
          + " and its backups for WipeOut. Deleting PersistentVolumeClaims needs --yes (or an"
          + " answer at a terminal).",
      "",
      "With --watch it keeps applying every --interval until stopped (SIGINT or SIGTERM finish"
          + " the round under way, then exit 0), printing each correction: 'round N: update"
          + " KIND NS/NAME: FIELD: LIVE -> DESIRED'. With --roles it asks the kbagent of each"
          + " ready pod of a workload with roles for its role after applying and labels them"
          + " (see kb roles).",
      "",
      "Lifecycle actions: where the tree's pods run kbagent, kb apply calls the component"
          + " lifecycle actions KubeBlocks' component controller would, through kbagent's HTTP"
          + " API via the API server's pod proxy (nothing to port-forward or install):"
          + " preTerminate before a component is pruned; memberLeave for each pod a scale-in"
          + " removes, before the workload shrinks; then, once each component is ready,"
          + " postProvision (once), accountProvision (once per system account, with its"
          + " Secret's credentials), memberJoin for each pod a scale-out added and, on a"
          + " StatefulSet, the reconfigure action of each changed config template that is"
          + " reloaded in place (its change leaves the pod template alone) on each pod that"
          + " lacks the new content (recorded on the pod, config.kubeblocks.io/config-hash)."
          + " Every call gets the component's template vars as parameters. What ran is"
          + " recorded in the ConfigMap kbforge-lifecycle-NAME beside the ApplySet parent, so a"
          + " re-run or a crash never repeats a once-only action; a failed action is tried 6"
          + " times with growing pauses, then reported with its pod and output (exit 1). A"
          + " kbagent that cannot be reached stops the run with one line (exit 1). --dry-run"
          + " and kb diff list the actions that would run ('action ...' lines). A StatefulSet"
          + " rendered for a component with roles (OnDelete, kbforge.dev/role-ordered-update)"
          + " is updated by kb apply in role order: its outdated pods are replaced one at a"
          + " time, secondaries first, then the switchover, then the old primary.",
      ""
    },
    footer = {
      "",
      "Exit status:",
      "  0  applied (or, with --dry-run, planned; with --watch, stopped)",
      "  1  the cluster failed (unreachable, forbidden, refused), a wait timed out, or"
          + " --prune would delete PersistentVolumeClaims without --yes (nothing written)",
      "  2  usage error, or DIR cannot be read",
      "  3  internal error: a bug in kbforge (please report it; --debug shows the stack)",
      "",
      "Examples:",
      "  kb apply out/",
      "  kb apply --dry-run --prune out/",
      "  kb apply --prune --yes out/",
      "  kb apply --secrets-from ~/secrets/demo.yaml out/",
      "  kb apply --context kind-kind --wait --timeout 10m out/",
      "  kb apply --watch --interval 30s --roles out/"
    })
final class ApplyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A kbforge GitOps tree (kustomization order is kept) or any manifest folder.")
  Path dir;

  @Mixin ClusterOptions cluster;

  @Option(names = "--prune", description = "Delete ApplySet members no longer in DIR.")
  boolean prune;

  @Option(
      names = "--yes",
      description =
          "Let --prune delete the PersistentVolumeClaims (and so the data) of clusters that left"
              + " DIR. Without it kb apply asks when run at a terminal, and otherwise refuses"
              + " (exit 1) before writing anything; --dry-run lists them with their size.")
  boolean yes;

  @Option(
      names = "--secrets-from",
      paramLabel = "PATH",
      description =
          "A file or folder of Secret documents (other kinds are skipped), kept outside the"
              + " tree: each Secret is created when missing and never overwritten. Repeatable.")
  List<Path> secretsFrom = new ArrayList<>();

  @Option(names = "--dry-run", description = "Print the plan; change nothing.")
  boolean dryRun;

  @Option(
      names = "--wait",
      description =
          "Wait for CRDs Established, Deployments/StatefulSets rolled out, InstanceSets"
              + " ready.")
  boolean waitReady;

  @Option(
      names = "--timeout",
      defaultValue = "5m",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "How long waits may take (default ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      paramLabel = "N",
      description = "Requests in flight within one apply stage (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--watch",
      description = "Keep applying every --interval until stopped; report each correction.")
  boolean watch;

  @Option(
      names = "--interval",
      defaultValue = "30s",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "The pause between two --watch rounds (default ${DEFAULT-VALUE}).")
  Duration interval;

  @Option(
      names = "--no-actions",
      description =
          "Run no lifecycle action through kbagent (postProvision, accountProvision, memberJoin,"
              + " memberLeave, preTerminate, reconfigure) and no role-ordered roll, like Helm's"
              + " --no-hooks;"
              + " they stay pending for the next apply without it.")
  boolean noActions;

  @Option(
      names = "--roles",
      description =
          "After applying, probe the ready pods of StatefulSets and InstanceSets with roles once"
              + " and set their kubeblocks.io/role label.")
  boolean roles;

  @Override
  public Integer call() {
    if (concurrency < 1) {
      throw usage("--concurrency must be >= 1");
    }
    if (watch && dryRun) {
      throw usage("--watch and --dry-run cannot be combined");
    }
    if (interval.isZero()) {
      throw usage("--interval must be longer than 0s");
    }
    if (!Files.exists(dir)) {
      throw new InputException("no such file or directory: " + dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReconcileOptions options =
        new ReconcileOptions(
            cluster.applySet,
            prune,
            waitReady,
            Kbforge.create().version(),
            new Cluster.Options(concurrency, timeout, Duration.ofSeconds(1), Backoff.standard()),
            yes,
            secretsFrom,
            noActions);
    try (KubernetesClient client = cluster.connect()) {
      if (watch) {
        return new ApplyWatch(out, err).run(client, dir, options, interval, roles);
      }
      try (Reconciler reconciler = new Reconciler(client, dir, options, printer(out, err))) {
        Plan plan = reconciler.plan();
        if (dryRun) {
          out.print(PlanText.plan(plan));
          out.print(PlanText.actions(reconciler.lifecycle(plan)));
          return 0;
        }
        ApplyResult result = reconciler.execute(plan, yes || ClaimPrompt.confirm(plan, out));
        out.println(PlanText.applied(result));
        if (roles) {
          new RolePrinter(out, err, "kb apply").labelOnce(client, reconciler.desired());
        }
        return 0;
      }
    } catch (ReconcileException e) {
      out.flush();
      err.println("kb apply: " + e.getMessage());
      return 1;
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Progress on stdout, notices on stderr; one line at a time from the worker threads. */
  static ApplyListener printer(PrintWriter out, PrintWriter err) {
    return new ApplyListener() {
      @Override
      public synchronized void stepDone(Step step) {
        out.println(PlanText.done(step));
      }

      @Override
      public synchronized void action(String line) {
        out.println("action: " + line);
      }

      @Override
      public synchronized void notice(String message) {
        out.flush();
        err.println("kb apply: " + message);
        err.flush();
      }
    };
  }
}
