package dev.kbforge.reconciler.cluster;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.inventory.Inventory;
import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.plan.LiveState;
import dev.kbforge.reconciler.plan.Planner;
import dev.kbforge.reconciler.secrets.AccountSecrets;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads the {@link LiveState} a plan needs: the ApplySet parent, every member (LIST by the {@code
 * part-of} label, for each kind in the tree or recorded by the parent, in each namespace), and each
 * desired object and account Secret (GET, concurrently). A kind the server does not serve yet (a
 * CRD the tree is about to create) has no live objects. For {@code --prune} it also lists the
 * PersistentVolumeClaims of each known cluster by their labels ({@code managed-by=kubeblocks} and
 * {@code instance=<cluster>}, as the workload controllers label them from the pod selector).
 */
public final class LiveReader {
  private final Resources resources;
  private final ExecutorService pool;

  LiveReader(Resources resources, ExecutorService pool) {
    this.resources = resources;
    this.pool = pool;
  }

  /**
   * The live state: the ApplySet's members, the desired objects, the {@code provided} Secrets
   * ({@code --secrets-from}) and, {@code withClaims}, the claims of the clusters it knows.
   */
  public LiveState read(
      ApplySet applySet,
      List<GenericKubernetesResource> desired,
      boolean withClaims,
      List<ObjectRef> provided) {
    GenericKubernetesResource parent = get(ApplySet.PARENT_API_VERSION, applySet.parentRef());
    Inventory scope = Planner.searchScope(desired, parent);
    List<GenericKubernetesResource> members = new ArrayList<>();
    for (GroupKind kind : scope.kinds()) {
      members.addAll(list(kind, scope, applySet.id()));
    }
    Map<ObjectRef, String> targets = new LinkedHashMap<>();
    desired.forEach(o -> targets.put(ObjectRef.of(o), o.getApiVersion()));
    AccountSecrets.needed(desired).forEach(n -> targets.putIfAbsent(n.ref(), "v1"));
    provided.forEach(ref -> targets.putIfAbsent(ref, "v1"));
    Map<ObjectRef, GenericKubernetesResource> objects = new ConcurrentHashMap<>();
    List<Future<?>> reads = new ArrayList<>();
    targets.forEach(
        (ref, apiVersion) ->
            reads.add(
                pool.submit(
                    () -> {
                      GenericKubernetesResource live = get(apiVersion, ref);
                      if (live != null) {
                        objects.put(ref, live);
                      }
                    })));
    await(reads);
    List<GenericKubernetesResource> claims =
        withClaims ? claims(Planner.claimSearch(desired, parent, members)) : List.of();
    return new LiveState(objects, members, parent, claims);
  }

  /**
   * One LIST per namespace (not per cluster: a tree may hold thousands), by the label all
   * KubeBlocks claims carry, kept when {@code instance} names one of the clusters.
   */
  private List<GenericKubernetesResource> claims(List<Planner.ClusterName> clusters) {
    Optional<ResourceDefinitionContext> found = resources.find("v1", "PersistentVolumeClaim");
    if (found.isEmpty()) {
      return List.of();
    }
    ResourceDefinitionContext context = found.get();
    var op = resources.operation(context);
    Map<String, Set<String>> byNamespace = new TreeMap<>();
    clusters.forEach(
        c -> byNamespace.computeIfAbsent(c.namespace(), n -> new HashSet<>()).add(c.name()));
    List<GenericKubernetesResource> claims = new ArrayList<>();
    byNamespace.forEach(
        (namespace, names) ->
            resources
                .call(
                    "list",
                    context,
                    null,
                    namespace,
                    () ->
                        op.inNamespace(namespace)
                            .withLabel(Keys.MANAGED_BY, "kubeblocks")
                            .list()
                            .getItems())
                .stream()
                .filter(claim -> names.contains(Objects.label(claim, Keys.INSTANCE)))
                .forEach(claims::add));
    return claims;
  }

  /** The live object, or null when it (or its kind) does not exist. */
  GenericKubernetesResource get(String apiVersion, ObjectRef ref) {
    Optional<ResourceDefinitionContext> context = resources.find(apiVersion, ref.kind());
    if (context.isEmpty()) {
      return null;
    }
    return resources.call(
        "get",
        context.get(),
        ref,
        ref.namespace(),
        () -> resources.resource(context.get(), ref, null).get());
  }

  private List<GenericKubernetesResource> list(GroupKind kind, Inventory scope, String id) {
    Optional<ResourceDefinitionContext> found = resources.find(kind);
    if (found.isEmpty()) {
      return List.of();
    }
    ResourceDefinitionContext context = found.get();
    var op = resources.operation(context);
    // a 404 to a list means the kind is not served (any more): it has no members
    List<GenericKubernetesResource> items = new ArrayList<>();
    if (!context.isNamespaceScoped()) {
      items.addAll(
          resources.call(
              "list", context, null, "", () -> op.withLabel(Keys.PART_OF, id).list().getItems()));
      return items;
    }
    for (String namespace : scope.namespaces()) {
      items.addAll(
          resources.call(
              "list",
              context,
              null,
              namespace,
              () ->
                  servedOrEmpty(
                      () ->
                          op.inNamespace(namespace)
                              .withLabel(Keys.PART_OF, id)
                              .list()
                              .getItems())));
    }
    return items;
  }

  private static List<GenericKubernetesResource> servedOrEmpty(
      java.util.function.Supplier<List<GenericKubernetesResource>> list) {
    try {
      return list.get();
    } catch (io.fabric8.kubernetes.client.KubernetesClientException e) {
      if (e.getCode() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  static void await(List<Future<?>> futures) {
    ReconcileException failure = null;
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        if (failure == null) {
          failure =
              e.getCause() instanceof ReconcileException r
                  ? r
                  : new ReconcileException(String.valueOf(e.getCause()), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReconcileException("interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
