package dev.kbforge.reconciler.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.testing.Fixture;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planner is a pure function of (desired, live): no server here. */
class PlannerTest {
  static final PlanOptions OPTIONS = new PlanOptions(false, false, "1.0");

  static GenericKubernetesResource cm(String name, String data) {
    return Fixture.object(
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "
            + name
            + ", namespace: demo, labels: {app.kubernetes.io/instance: redis}}\ndata: "
            + data
            + "\n");
  }

  static final GenericKubernetesResource SERVICE =
      Fixture.object(
          "apiVersion: v1\nkind: Service\nmetadata: {name: svc, namespace: demo}\n"
              + "spec: {ports: [{port: 80}]}\n");
  static final GenericKubernetesResource NAMESPACE =
      Fixture.object("apiVersion: v1\nkind: Namespace\nmetadata: {name: demo}\n");
  static final GenericKubernetesResource CRD =
      Fixture.object(
          "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
              + "metadata: {name: things.example.com}\n");
  static final GenericKubernetesResource DEPLOYMENT =
      Fixture.object(
          "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: demo}\n"
              + "spec: {replicas: 1}\n");

  final List<GenericKubernetesResource> desired =
      List.of(SERVICE, cm("a", "{k: v}"), NAMESPACE, DEPLOYMENT, CRD);
  final ApplySet set = Planner.applySet("t", desired);

  static List<String> lines(Plan plan) {
    return plan.steps().stream()
        .map(s -> s.stage() + " " + s.action().label() + " " + s.ref())
        .toList();
  }

  /** What the cluster holds after applying {@code plan}, as the server would store it. */
  static LiveState applied(Plan plan, LiveState before) {
    Map<ObjectRef, GenericKubernetesResource> objects = new HashMap<>(before.objects());
    List<GenericKubernetesResource> members = new ArrayList<>();
    GenericKubernetesResource parent = before.parent();
    for (Step step : plan.steps()) {
      if (step.action() == Action.CREATE || step.action() == Action.UPDATE) {
        GenericKubernetesResource stored =
            Fixture.object(io.fabric8.kubernetes.client.utils.Serialization.asYaml(step.object()));
        stored.getMetadata().setUid("uid-" + step.ref().name());
        stored.getMetadata().setResourceVersion("1");
        if (step.ref().equals(plan.applySet().parentRef())) {
          parent = stored;
        } else {
          objects.put(step.ref(), stored);
        }
      }
    }
    objects.forEach((ref, o) -> members.add(o));
    return new LiveState(objects, members, parent);
  }

  @Test
  void createsEverythingInApplyOrderWithTheParentBeforeMembers() {
    Plan plan = Planner.plan(set, desired, LiveState.empty(), OPTIONS);
    assertEquals(
        List.of(
            "CRDS create CustomResourceDefinition things.example.com",
            "CRDS_ESTABLISHED wait CustomResourceDefinition things.example.com",
            "NAMESPACES create Namespace demo",
            "INVENTORY create ConfigMap demo/kbforge-applyset-t",
            "CONFIG create ConfigMap demo/a",
            "SERVICES create Service demo/svc",
            "WORKLOADS create Deployment demo/web"),
        lines(plan));
    for (Step step : plan.steps(Action.CREATE)) {
      if (!step.ref().equals(set.parentRef())) {
        assertEquals(set.id(), step.object().getMetadata().getLabels().get(Keys.PART_OF));
      }
    }
  }

  @Test
  void reapplyingWhatIsLivePlansNoWrite() {
    Plan first = Planner.plan(set, desired, LiveState.empty(), OPTIONS);
    LiveState live = applied(first, LiveState.empty());

    Plan second = Planner.plan(set, desired, live, OPTIONS);

    assertEquals(0, second.writes(), String.join("\n", lines(second)));
    assertEquals(6, second.steps(Action.UNCHANGED).size());
  }

  @Test
  void aChangedFieldIsAnUpdateWithItsDiff() {
    LiveState live =
        applied(Planner.plan(set, desired, LiveState.empty(), OPTIONS), LiveState.empty());
    List<GenericKubernetesResource> changed =
        List.of(SERVICE, cm("a", "{k: w}"), NAMESPACE, DEPLOYMENT, CRD);

    Plan plan = Planner.plan(set, changed, live, OPTIONS);

    Step update = plan.steps(Action.UPDATE).get(0);
    assertEquals(1, plan.writes());
    assertEquals("ConfigMap demo/a", update.ref().toString());
    assertEquals(List.of(new FieldDiff("data.k", "\"v\"", "\"w\"")), update.diffs());
  }

  @Test
  void secretValuesAreHiddenInDiffs() {
    GenericKubernetesResource secret =
        Fixture.object(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: demo}\n"
                + "stringData: {password: new}\n");
    GenericKubernetesResource live =
        Fixture.object(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: s, namespace: demo, labels: {"
                + Keys.PART_OF
                + ": "
                + set.id()
                + "}}\ndata: {password: b2xk}\n");
    Plan plan =
        Planner.plan(
            set,
            List.of(secret),
            new LiveState(Map.of(ObjectRef.of(live), live), List.of(live), null),
            OPTIONS);
    assertEquals(
        List.of(new FieldDiff("data.password", "(hidden)", "(hidden)")),
        plan.steps(Action.UPDATE).get(0).diffs());
  }

  @Test
  void membersThatLeftTheTreeArePrunedOnlyWithPruneAndTheParentIsTrimmedAfter() {
    LiveState live =
        applied(Planner.plan(set, desired, LiveState.empty(), OPTIONS), LiveState.empty());
    List<GenericKubernetesResource> smaller = List.of(SERVICE, NAMESPACE, CRD);

    Plan keep = Planner.plan(set, smaller, live, OPTIONS);
    assertEquals(
        List.of("PRUNE keep Deployment demo/web", "PRUNE keep ConfigMap demo/a"),
        lines(keep).stream().filter(l -> l.startsWith("PRUNE")).toList());
    assertEquals(0, keep.writes());

    Plan prune = Planner.plan(set, smaller, live, new PlanOptions(true, false, "1.0"));
    List<String> tail = lines(prune).subList(lines(prune).size() - 3, lines(prune).size());
    assertEquals(
        List.of(
            "PRUNE prune Deployment demo/web",
            "PRUNE prune ConfigMap demo/a",
            "INVENTORY_FINAL update ConfigMap demo/kbforge-applyset-t"),
        tail);
    Step trim = prune.steps(Action.UPDATE).get(0);
    assertEquals(
        "CustomResourceDefinition.apiextensions.k8s.io,Namespace,Service",
        trim.object().getMetadata().getAnnotations().get(Keys.CONTAINS_GROUP_KINDS));
  }

  @Test
  void accountSecretsAreCreatedWhenMissingAndNeverUpdated() {
    GenericKubernetesResource sts =
        Fixture.object(
            """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: demo}
            spec:
              template:
                spec:
                  initContainers:
                  - name: init
                    envFrom: [{secretRef: {name: db-main-account-admin}}]
                  containers:
                  - name: main
                    env:
                    - name: P
                      valueFrom: {secretKeyRef: {name: db-main-account-root, key: password}}
                    - name: Q
                      valueFrom: {secretKeyRef: {name: other-secret, key: x}}
            """);
    Plan plan = Planner.plan(set, List.of(sts), LiveState.empty(), OPTIONS);
    List<Step> secrets =
        plan.steps(Action.CREATE).stream().filter(s -> s.ref().kind().equals("Secret")).toList();
    assertEquals(
        List.of("Secret demo/db-main-account-admin", "Secret demo/db-main-account-root"),
        secrets.stream().map(s -> s.ref().toString()).toList());
    assertEquals("admin", secrets.get(0).password().username());
    assertEquals(null, secrets.get(0).object().getAdditionalProperties().get("stringData"));

    GenericKubernetesResource existing =
        Fixture.object(
            "apiVersion: v1\nkind: Secret\nmetadata: {name: db-main-account-root, namespace:"
                + " demo}\ndata: {password: eA==}\n");
    Plan again =
        Planner.plan(
            set,
            List.of(sts),
            new LiveState(Map.of(ObjectRef.of(existing), existing), List.of(), null),
            OPTIONS);
    Step root =
        again.steps().stream()
            .filter(s -> s.ref().name().equals("db-main-account-root"))
            .findFirst()
            .orElseThrow();
    assertEquals(Action.UNCHANGED, root.action());
  }

  @Test
  void waitsForWorkloadsOnlyWhenAsked() {
    Plan plan = Planner.plan(set, desired, LiveState.empty(), new PlanOptions(false, true, "1"));
    assertEquals(
        List.of(
            "READY wait CustomResourceDefinition things.example.com",
            "READY wait Deployment demo/web"),
        lines(plan).stream().filter(l -> l.startsWith("READY")).toList());
  }

  @Test
  void refusesAParentOfAnotherTool() {
    GenericKubernetesResource parent =
        Fixture.object(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kbforge-applyset-t, namespace:"
                + " demo, annotations: {applyset.kubernetes.io/tooling: kubectl/v1.30}}\n");
    ReconcileException e =
        assertThrows(
            ReconcileException.class,
            () -> Planner.plan(set, desired, new LiveState(Map.of(), List.of(), parent), OPTIONS));
    assertEquals(
        "ConfigMap demo/kbforge-applyset-t is the parent of an ApplySet managed by kubectl;"
            + " refusing to change it (choose another name with --applyset)",
        e.getMessage());
  }

  @Test
  void refusesTheSameObjectTwice() {
    assertThrows(
        InputException.class,
        () -> Planner.plan(set, List.of(cm("a", "{}"), cm("a", "{}")), LiveState.empty(), OPTIONS));
  }
}
