package dev.kbforge.reconciler;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.actions.ActionRunner;
import dev.kbforge.reconciler.actions.ComponentActions;
import dev.kbforge.reconciler.actions.LedgerStore;
import dev.kbforge.reconciler.actions.LifecyclePlan;
import dev.kbforge.reconciler.actions.LifecyclePlanner;
import dev.kbforge.reconciler.actions.Reconfigures;
import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.plan.ClaimDeletes;
import dev.kbforge.reconciler.plan.LiveState;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.PlanOptions;
import dev.kbforge.reconciler.plan.Planner;
import dev.kbforge.reconciler.plan.Step;
import dev.kbforge.reconciler.secrets.ProvidedSecrets;
import dev.kbforge.reconciler.tree.TreeReader;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kb apply} and {@code kb diff} as a library: read the tree, read what is live, compute a
 * {@link Plan} (pure), then print it or execute it. One instance serves one reading of the tree;
 * each plan starts from what is live, so a run that died half-way is finished by the next ({@code
 * --watch}, {@link dev.kbforge.reconciler.loop.WatchLoop}, makes a fresh instance every round so an
 * edited tree is read again).
 *
 * <p>Executing a plan also runs the component lifecycle actions the tree's kbagent offers ({@link
 * LifecyclePlanner}): memberLeave and preTerminate before the objects are written, the rest once
 * each component is ready again.
 */
public final class Reconciler implements AutoCloseable {
  private final KubernetesClient client;
  private final Path dir;
  private final ReconcileOptions options;
  private final List<GenericKubernetesResource> desired;
  private final List<GenericKubernetesResource> provided;
  private final ApplySet applySet;
  private final Cluster cluster;
  private final List<ComponentActions> components;
  private final ActionRunner runner;
  private final LedgerStore ledger;
  private final Map<Plan, LifecyclePlan> lifecycles = new IdentityHashMap<>();

  /** Reads the tree under {@code dir} (once: a changed tree needs a new Reconciler). */
  public Reconciler(
      KubernetesClient client, Path dir, ReconcileOptions options, ApplyListener listener) {
    this.client = client;
    this.dir = dir;
    this.options = options;
    List<GenericKubernetesResource> tree = TreeReader.read(dir);
    List<GenericKubernetesResource> crds =
        tree.stream().filter(o -> o.getKind().equals("CustomResourceDefinition")).toList();
    this.cluster = new Cluster(client, crds, options.cluster(), listener);
    this.desired = withNamespaces(tree);
    this.provided = withNamespaces(ProvidedSecrets.read(options.secretsFrom()));
    this.applySet = Planner.applySet(name(), desired);
    try {
      this.components = ComponentActions.of(desired);
    } catch (IllegalArgumentException e) {
      throw new InputException("cannot read the lifecycle actions of the tree: " + e.getMessage());
    }
    this.ledger = new LedgerStore(client, applySet);
    Backoff api = options.cluster().backoff();
    this.runner =
        new ActionRunner(
            client,
            ledger,
            cluster::awaitReady,
            new Backoff(
                ACTION_ATTEMPTS, Duration.ofSeconds(1), Duration.ofSeconds(15), api.sleeper()),
            options.cluster().pollInterval(),
            options.cluster().timeout(),
            listener);
  }

  /** How often a failing lifecycle action is tried (pauses of 1s, 2s, 4s, 8s, 15s between). */
  static final int ACTION_ATTEMPTS = 6;

  /** The desired objects, namespaced ones with their namespace filled in. */
  public List<GenericKubernetesResource> desired() {
    return desired;
  }

  public ApplySet applySet() {
    return applySet;
  }

  /** Reads the live state and computes the plan; writes nothing. */
  public Plan plan() {
    LiveState live =
        cluster.read(
            applySet,
            desired,
            Planner.needsClaims(desired, options.prune()),
            ProvidedSecrets.refs(provided));
    Plan plan =
        Planner.plan(
            applySet,
            desired,
            provided,
            live,
            new PlanOptions(options.prune(), options.waitReady(), options.toolVersion()));
    List<GenericKubernetesResource> pruned =
        plan.steps(Action.PRUNE).stream().map(Step::object).toList();
    LifecyclePlan lifecycle =
        options.noActions() || (components.isEmpty() && pruned.isEmpty())
            ? LifecyclePlan.NONE
            : LifecyclePlanner.plan(
                components,
                live.objects(),
                ledger.read(),
                pruned,
                templateChanges(plan),
                Reconfigures.of(client, components, live.objects(), desired));
    synchronized (lifecycles) {
      lifecycles.put(plan, lifecycle);
    }
    return plan;
  }

  /** The workloads whose pod template {@code plan} changes. */
  private static java.util.Set<dev.kbforge.reconciler.model.ObjectRef> templateChanges(Plan plan) {
    java.util.Set<dev.kbforge.reconciler.model.ObjectRef> changed = new java.util.HashSet<>();
    for (Step step : plan.steps(Action.UPDATE)) {
      if (step.diffs().stream().anyMatch(d -> d.path().startsWith("spec.template"))) {
        changed.add(step.ref());
      }
    }
    return changed;
  }

  /** The lifecycle actions executing {@code plan} (made by {@link #plan}) calls. */
  public LifecyclePlan lifecycle(Plan plan) {
    synchronized (lifecycles) {
      return lifecycles.getOrDefault(plan, LifecyclePlan.NONE);
    }
  }

  /** Runs lifecycle calls (for {@code kb switchover} and day-2 operations). */
  public ActionRunner actions() {
    return runner;
  }

  /** The tree's components with lifecycle actions. */
  public List<ComponentActions> components() {
    return components;
  }

  /**
   * Executes a plan made by {@link #plan}; refuses (writing nothing) one that deletes
   * PersistentVolumeClaims unless the options allow it.
   */
  public ApplyResult execute(Plan plan) {
    return execute(plan, options.deleteClaims());
  }

  /** {@link #execute(Plan)}, with the claim deletes confirmed or not by the caller. */
  public ApplyResult execute(Plan plan, boolean claimDeletesConfirmed) {
    ClaimDeletes.check(plan, claimDeletesConfirmed);
    LifecyclePlan lifecycle = lifecycle(plan);
    runner.before(lifecycle);
    ApplyResult result = cluster.execute(plan);
    runner.after(lifecycle);
    return result;
  }

  /** {@link #plan} then {@link #execute}. */
  public ApplyResult apply() {
    return execute(plan());
  }

  @Override
  public void close() {
    cluster.close();
  }

  private String name() {
    if (options.applySetName() != null) {
      return options.applySetName();
    }
    Path absolute = dir.toAbsolutePath().normalize();
    Path base = absolute.getFileName();
    return base == null ? "root" : base.toString().replaceAll("\\.ya?ml$", "");
  }

  /**
   * Namespaced objects without a namespace go to the context's namespace (else {@code default}), as
   * with kubectl. Kinds the server and the tree do not know are left alone.
   */
  private List<GenericKubernetesResource> withNamespaces(List<GenericKubernetesResource> tree) {
    String fallback = client.getNamespace() == null ? "default" : client.getNamespace();
    for (GenericKubernetesResource object : tree) {
      ObjectRef ref = ObjectRef.of(object);
      if (!ref.namespaced()
          && cluster.namespaced(object.getApiVersion(), object.getKind()).orElse(false)) {
        object.getMetadata().setNamespace(fallback);
      }
    }
    return tree;
  }
}
