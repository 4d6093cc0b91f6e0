package dev.kbforge.reconciler;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.ApplyResult;
import dev.kbforge.reconciler.cluster.Cluster;
import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.plan.ClaimDeletes;
import dev.kbforge.reconciler.plan.LiveState;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.PlanOptions;
import dev.kbforge.reconciler.plan.Planner;
import dev.kbforge.reconciler.secrets.ProvidedSecrets;
import dev.kbforge.reconciler.tree.TreeReader;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code kb apply} and {@code kb diff} as a library: read the tree, read what is live, compute a
 * {@link Plan} (pure), then print it or execute it. One instance serves one reading of the tree;
 * each plan starts from what is live, so a run that died half-way is finished by the next ({@code
 * --watch}, {@link dev.kbforge.reconciler.loop.WatchLoop}, makes a fresh instance every round so an
 * edited tree is read again).
 */
public final class Reconciler implements AutoCloseable {
  private final KubernetesClient client;
  private final Path dir;
  private final ReconcileOptions options;
  private final List<GenericKubernetesResource> desired;
  private final List<GenericKubernetesResource> provided;
  private final ApplySet applySet;
  private final Cluster cluster;

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
  }

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
    return Planner.plan(
        applySet,
        desired,
        provided,
        live,
        new PlanOptions(options.prune(), options.waitReady(), options.toolVersion()));
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
    return cluster.execute(plan);
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
