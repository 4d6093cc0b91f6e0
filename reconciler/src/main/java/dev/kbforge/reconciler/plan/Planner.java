package dev.kbforge.reconciler.plan;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.inventory.Inventory;
import dev.kbforge.reconciler.model.ApplyOrder;
import dev.kbforge.reconciler.model.GroupKind;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.secrets.AccountSecrets;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link Plan} from the desired objects and a {@link LiveState}: a pure function, no
 * I/O. Desired objects are labelled as ApplySet members and compared with {@link Differ}; account
 * Secrets the workloads read are created when missing and never updated (both {@link MemberSteps});
 * inventory members that left the tree are pruned or kept by {@link PruneRules} ({@link
 * Leftovers}); the ApplySet parent is written before the members (listing old and new kinds, so a
 * crash leaves nothing unfindable) and trimmed after prune. Day-2 operations that a plain apply
 * cannot carry out are rewritten ({@link VolumeExpansion}) and every one is described in words
 * ({@link OperationWords}).
 */
public final class Planner {
  private Planner() {}

  /**
   * The ApplySet of a tree named {@code name}: its parent goes in the namespace all of the tree's
   * namespaced objects share, else in {@code default}.
   */
  public static ApplySet applySet(String name, List<GenericKubernetesResource> desired) {
    Set<String> namespaces = new TreeSet<>();
    desired.forEach(o -> addNamespace(ObjectRef.of(o), namespaces));
    return ApplySet.of(name, namespaces);
  }

  /** Where to look for members: the tree's kinds and namespaces plus those the parent records. */
  public static Inventory searchScope(
      List<GenericKubernetesResource> desired, GenericKubernetesResource liveParent) {
    return inventoryOf(desired, Map.of()).union(ApplySet.read(liveParent));
  }

  /**
   * The clusters ({@code namespace} and name) whose PersistentVolumeClaims {@code --prune} must
   * look at ({@link LiveState#claims}): every cluster with a known terminationPolicy, in the tree,
   * recorded by the parent or on a live member.
   */
  public static List<ClusterName> claimSearch(
      List<GenericKubernetesResource> desired,
      GenericKubernetesResource liveParent,
      List<GenericKubernetesResource> members) {
    List<ClusterName> clusters = new ArrayList<>();
    for (String cluster : policies(desired, liveParent, members).keySet()) {
      int slash = cluster.indexOf('/');
      if (slash > 0) { // a cluster lives in a namespace
        clusters.add(new ClusterName(cluster.substring(0, slash), cluster.substring(slash + 1)));
      }
    }
    return clusters;
  }

  /** A KubeBlocks cluster: its namespace and name ({@code app.kubernetes.io/instance}). */
  public record ClusterName(String namespace, String name) {}

  /**
   * Whether the live claims are needed: {@code --prune}, or a tree whose StatefulSets have claims.
   */
  public static boolean needsClaims(List<GenericKubernetesResource> desired, boolean prune) {
    return prune || VolumeExpansion.hasClaimTemplates(desired);
  }

  /** The terminationPolicy of each cluster: the tree's, else recorded, else on live members. */
  private static Map<String, String> policies(
      List<GenericKubernetesResource> desired,
      GenericKubernetesResource liveParent,
      List<GenericKubernetesResource> members) {
    return TerminationPolicies.resolve(
        TerminationPolicies.from(desired),
        ApplySet.read(liveParent).policies(),
        TerminationPolicies.from(members));
  }

  /** The plan, without {@code --secrets-from}. */
  public static Plan plan(
      ApplySet applySet,
      List<GenericKubernetesResource> desired,
      LiveState live,
      PlanOptions options) {
    return plan(applySet, desired, List.of(), live, options);
  }

  /**
   * The plan; {@code provided} are the Secrets of {@code --secrets-from}: created when missing,
   * never updated, and no ApplySet members (so never pruned).
   */
  public static Plan plan(
      ApplySet applySet,
      List<GenericKubernetesResource> desired,
      List<GenericKubernetesResource> provided,
      LiveState live,
      PlanOptions options) {
    checkParent(applySet, live.parent());
    List<Step> steps = new ArrayList<>();
    Set<ObjectRef> desiredRefs = new HashSet<>();
    List<GenericKubernetesResource> members = new ArrayList<>();
    for (GenericKubernetesResource object : ApplyOrder.sort(desired, o -> o.getKind())) {
      ObjectRef ref = ObjectRef.of(object);
      if (!desiredRefs.add(ref)) {
        throw new InputException(ref + " is in the tree twice");
      }
      GenericKubernetesResource member = MemberSteps.member(object, applySet);
      members.add(member);
      steps.add(
          MemberSteps.compare(member, live.objects().get(ref), ApplyOrder.category(ref.kind())));
    }
    for (AccountSecrets.Needed needed : AccountSecrets.needed(desired)) {
      desiredRefs.add(needed.ref());
      GenericKubernetesResource secret =
          MemberSteps.member(AccountSecrets.secret(needed), applySet);
      members.add(secret);
      steps.add(MemberSteps.accountSecretStep(needed, secret, live.objects().get(needed.ref())));
    }
    for (GenericKubernetesResource secret : provided) {
      ObjectRef ref = ObjectRef.of(secret);
      if (!desiredRefs.add(ref)) {
        throw new InputException(ref + " is given by --secrets-from and is in the tree too");
      }
      steps.add(MemberSteps.providedSecretStep(secret, live.objects().get(ref)));
    }
    Map<String, String> policies = policies(desired, live.parent(), live.members());
    List<Step> leftovers = Leftovers.steps(applySet, live, desiredRefs, policies, options.prune());
    List<GenericKubernetesResource> remaining = new ArrayList<>(members);
    leftovers.stream()
        .filter(s -> s.action() == Action.KEEP)
        .forEach(s -> remaining.add(s.object()));
    Inventory last = inventoryOf(remaining, policies);
    Inventory first = last.union(ApplySet.read(live.parent()));
    GenericKubernetesResource before = applySet.parent(first, options.toolVersion());
    steps.add(parentStep(Stage.INVENTORY, before, live.parent()));
    steps.addAll(leftovers);
    if (options.prune()) {
      // not members: they stay out of the parent's record
      steps.addAll(Claims.steps(applySet, live, desiredRefs, desired, policies));
    }
    GenericKubernetesResource after = applySet.parent(last, options.toolVersion());
    List<FieldDiff> trim = ParentDiff.diff(after, before);
    if (!trim.isEmpty()) {
      steps.add(
          new Step(
              Action.UPDATE,
              Stage.INVENTORY_FINAL,
              applySet.parentRef(),
              "trim to the members that remain",
              trim,
              after,
              null));
    }
    List<String> operations = new ArrayList<>();
    steps = new ArrayList<>(VolumeExpansion.rewrite(steps, live, operations));
    OperationWords.describe(steps, live, operations);
    addWaits(steps, options.waitReady());
    steps.sort(Comparator.comparing(Step::stage)); // stable: tree order within a stage
    return new Plan(applySet, steps, operations);
  }

  private static Step parentStep(
      Stage stage, GenericKubernetesResource parent, GenericKubernetesResource live) {
    if (live == null) {
      return Step.of(Action.CREATE, stage, parent, "ApplySet parent");
    }
    List<FieldDiff> diffs = ParentDiff.diff(parent, live);
    if (diffs.isEmpty()) {
      return Step.of(Action.UNCHANGED, stage, parent, "ApplySet parent");
    }
    return new Step(
        Action.UPDATE, stage, ObjectRef.of(parent), "ApplySet parent", diffs, parent, null);
  }

  private static void addWaits(List<Step> steps, boolean waitReady) {
    List<Step> waits = new ArrayList<>();
    for (Step step : steps) {
      String kind = step.ref().kind();
      boolean crd = kind.equals("CustomResourceDefinition");
      if (crd && (step.action() == Action.CREATE || step.action() == Action.UPDATE)) {
        waits.add(Step.of(Action.WAIT, Stage.CRDS_ESTABLISHED, step.object(), "Established"));
      }
      String readiness = Readiness.describe(step.ref().group(), kind);
      if (waitReady && readiness != null && step.stage() != Stage.PRUNE) {
        waits.add(Step.of(Action.WAIT, Stage.READY, step.object(), readiness));
      }
    }
    steps.addAll(waits);
  }

  private static void checkParent(ApplySet applySet, GenericKubernetesResource parent) {
    if (parent == null) {
      return;
    }
    String tool = ApplySet.tool(parent);
    if (!tool.isEmpty() && !tool.equals(ApplySet.TOOL)) {
      throw new ReconcileException(
          applySet.parentRef()
              + " is the parent of an ApplySet managed by "
              + tool
              + "; refusing to change it (choose another name with --applyset)");
    }
    String id = Objects.label(parent, Keys.APPLYSET_ID);
    if (id != null && !id.equals(applySet.id())) {
      throw new ReconcileException(
          applySet.parentRef() + " carries ApplySet id " + id + ", expected " + applySet.id());
    }
  }

  private static Inventory inventoryOf(
      List<GenericKubernetesResource> objects, Map<String, String> policies) {
    Set<GroupKind> kinds = new TreeSet<>();
    Set<String> namespaces = new TreeSet<>();
    Map<String, String> used = new TreeMap<>();
    for (GenericKubernetesResource object : objects) {
      ObjectRef ref = ObjectRef.of(object);
      kinds.add(ref.groupKind());
      addNamespace(ref, namespaces);
      String cluster = TerminationPolicies.clusterOf(object);
      if (cluster != null && policies.containsKey(cluster)) {
        used.put(cluster, policies.get(cluster));
      }
    }
    return Inventory.of(kinds, namespaces, used);
  }

  private static void addNamespace(ObjectRef ref, Set<String> namespaces) {
    if (ref.namespaced()) {
      namespaces.add(ref.namespace());
    }
  }
}
