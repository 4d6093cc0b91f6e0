package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.kbagent.ActionReply;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.kbagent.KbAgentSpec;
import dev.kbforge.reconciler.kbagent.KbAgentUnreachable;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a {@link LifecyclePlan}: each call through the kbagent of its target pods ({@link KbAgent}),
 * a failed one again after a pause (doubling up to the backoff's longest) until the attempts run
 * out, then reported by action, pod and output; a once-only action is recorded in the {@link
 * LedgerStore} right after it succeeded, and only then. A kbagent that cannot be reached ends the
 * run at once, in one line naming the pod and the cause, with nothing recorded.
 */
public final class ActionRunner {
  /** How long a call may take when its action sets no time limit (kbagent's own default). */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final KubernetesClient client;
  private final KbAgent agent;
  private final LedgerStore ledger;
  private final Consumer<GenericKubernetesResource> awaitReady;
  private final Backoff retry;
  private final ApplyListener listener;
  private final ComponentPods pods;
  private final RoleOrderedRoll roll;

  /**
   * @param awaitReady returns once a workload is ready (throws on time-out)
   * @param retry attempts and pauses of a failing action
   * @param poll the pause between two looks at pods being replaced or relabelled
   * @param timeout how long a pod may take to come back, or a role to move
   */
  public ActionRunner(
      KubernetesClient client,
      LedgerStore ledger,
      Consumer<GenericKubernetesResource> awaitReady,
      Backoff retry,
      Duration poll,
      Duration timeout,
      ApplyListener listener) {
    this.client = client;
    this.agent = new KbAgent(client);
    this.ledger = ledger;
    this.awaitReady = awaitReady;
    this.retry = retry;
    this.listener = listener;
    this.pods = new ComponentPods(client, listener);
    Backoff.Sleeper sleep = d -> Thread.sleep(d.toMillis());
    Switchover switchover =
        new Switchover(client, this, listener, sleep, poll, java.time.Clock.systemUTC());
    this.roll =
        new RoleOrderedRoll(
            client, switchover, listener, sleep, poll, timeout, java.time.Clock.systemUTC());
  }

  /**
   * A runner for calls outside an apply ({@code kb switchover}): nothing is recorded and nothing
   * waited for.
   */
  public static ActionRunner standalone(
      KubernetesClient client, Backoff retry, ApplyListener listener) {
    return new ActionRunner(
        client, null, w -> {}, retry, Duration.ofSeconds(1), Duration.ofMinutes(5), listener);
  }

  /** The calls to make before the plan's objects are written (preTerminate, memberLeave). */
  public void before(LifecyclePlan plan) {
    plan.after().stream()
        .filter(c -> c.config() != null)
        .forEach(c -> PodConfigHashes.pin(client, c));
    if (plan.before().isEmpty()) {
      return;
    }
    Map<String, Ledger> ledgers = ledger.read();
    for (Call call : plan.before()) {
      run(call);
      if (call.action().equals(ScaleIn.MEMBER_LEAVE)) {
        String key = call.component().key();
        Ledger now = ledgers.getOrDefault(key, Ledger.EMPTY).withMembers(call.ordinal());
        ledger.put(key, now);
        ledgers.put(key, now);
      }
    }
  }

  /** The calls to make once each component is ready again; then the member counts. */
  public void after(LifecyclePlan plan) {
    ledger.forget(plan.forget());
    for (ComponentActions component : plan.ordered()) {
      // the controller must see a changed template first; else look: an unchanged one stays quick
      if (plan.changed().contains(component.workload()) || roll.pending(component)) {
        awaitReady.accept(component.object());
        roll.roll(component);
      }
    }
    Map<ObjectRef, List<Call>> byComponent = new LinkedHashMap<>();
    plan.after()
        .forEach(
            c ->
                byComponent
                    .computeIfAbsent(c.component().workload(), k -> new ArrayList<>())
                    .add(c));
    Map<String, Ledger> ledgers =
        plan.after().isEmpty() && plan.members().isEmpty()
            ? Map.of()
            : new LinkedHashMap<>(ledger.read());
    List<String> readyKeys = new ArrayList<>();
    for (List<Call> calls : byComponent.values()) {
      ComponentActions component = calls.get(0).component();
      awaitReady.accept(component.object());
      readyKeys.add(component.key());
      for (Call call : calls) {
        if (call.config() != null) {
          if (PodConfigHashes.pending(client, call)) {
            run(call);
            PodConfigHashes.record(client, call);
          } else {
            listener.action(call.action() + " " + component.workload() + about(call) + ": has it");
          }
          continue;
        }
        run(call);
        String key = component.key();
        Ledger was = ledgers.getOrDefault(key, Ledger.EMPTY);
        Ledger now =
            switch (call.action()) {
              case LifecyclePlanner.POST_PROVISION -> was.withPostProvision();
              case LifecyclePlanner.ACCOUNT_PROVISION -> was.withAccount(call.account().name());
              case LifecyclePlanner.MEMBER_JOIN -> was.withMembers(call.ordinal() + 1);
              default -> was;
            };
        if (!now.equals(was)) {
          ledger.put(key, now);
          ledgers.put(key, now);
        }
      }
    }
    for (Map.Entry<String, Integer> members : plan.members().entrySet()) {
      Ledger was = ledgers.getOrDefault(members.getKey(), Ledger.EMPTY);
      if (was.members() != members.getValue()) {
        ledger.put(members.getKey(), was.withMembers(members.getValue()));
      }
    }
  }

  /** Runs one call on its target pods, retrying a failure; throws when it keeps failing. */
  public void run(Call call) {
    run(
        call,
        () -> {
          String[] credentials = credentials(call);
          return Parameters.withTemplateVars(
              call.component(), Parameters.of(call, credentials[0], credentials[1]));
        });
  }

  /** Runs {@code call} with the parameters {@code parameters} gives (asked on every attempt). */
  void run(Call call, java.util.function.Supplier<Map<String, String>> parameters) {
    ComponentActions component = call.component();
    ActionHint hint = component.actions().get(call.action());
    Duration pause = retry.first();
    String last = "";
    for (int attempt = 1; attempt <= retry.attempts(); attempt++) {
      Optional<String> failure = attempt(call, hint, parameters);
      if (failure.isEmpty()) {
        listener.action(call.action() + " " + component.workload() + about(call) + ": done");
        return;
      }
      last = failure.get();
      if (attempt < retry.attempts()) {
        listener.action(
            call.action()
                + " "
                + component.workload()
                + about(call)
                + ": "
                + last
                + " (attempt "
                + attempt
                + "/"
                + retry.attempts()
                + "; again in "
                + pause.toMillis()
                + "ms)");
        sleep(pause);
        pause =
            pause.multipliedBy(2).compareTo(retry.max()) > 0 ? retry.max() : pause.multipliedBy(2);
      }
    }
    throw new ReconcileException(
        "lifecycle action "
            + call.action()
            + " of "
            + component.workload()
            + about(call)
            + " failed after "
            + retry.attempts()
            + " attempts: "
            + last);
  }

  /** One attempt on every target pod; the failure, or empty on success. */
  private Optional<String> attempt(
      Call call, ActionHint hint, java.util.function.Supplier<Map<String, String>> parameters) {
    ComponentActions component = call.component();
    List<Pod> candidates = pods.list(component);
    List<Pod> targets;
    try {
      targets = TargetPods.select(hint, candidates, call.pod());
      if (targets.isEmpty() && hint.targetPodSelector().equals("Role")) {
        pods.label(component); // kbagent knows the roles; the labels may lag behind
        targets = TargetPods.select(hint, pods.list(component), call.pod());
      }
    } catch (IllegalArgumentException e) {
      throw new ReconcileException(
          call.action() + " of " + component.workload() + ": " + e.getMessage());
    }
    if (targets.isEmpty()) {
      return Optional.of(
          "no pod to run it on"
              + (hint.targetPodSelector().isEmpty()
                  ? ""
                  : " (" + hint.targetPodSelector() + " " + hint.matchingKey() + ")"));
    }
    Map<String, String> values;
    try {
      values = parameters.get();
    } catch (IllegalStateException e) {
      return Optional.of(e.getMessage());
    }
    Duration timeout = timeout(component, call.action());
    for (Pod pod : targets) {
      ObjectRef ref =
          new ObjectRef("", "Pod", pod.getMetadata().getNamespace(), pod.getMetadata().getName());
      ActionReply reply;
      try {
        reply =
            agent.call(
                ref,
                call.action(),
                values,
                call.config() == null ? List.of() : call.config().hint().arguments(),
                timeout);
      } catch (KbAgentUnreachable e) {
        throw new ReconcileException(call.action() + ": " + e.getMessage(), e);
      }
      if (reply.error().equals(ActionReply.NOT_DEFINED)) {
        throw new ReconcileException(
            ref
                + ": kbagent does not know "
                + call.action()
                + " (the pod runs an older template than the tree)");
      }
      if (!reply.succeeded()) {
        return Optional.of("on " + ref + ": " + reply.summary());
      }
    }
    return Optional.empty();
  }

  private Duration timeout(ComponentActions component, String action) {
    int seconds =
        KbAgentSpec.of(dev.kbforge.reconciler.model.Objects.tree(component.object()))
            .map(s -> s.timeoutSeconds(action))
            .orElse(0);
    return seconds > 0 ? Duration.ofSeconds(seconds + 5L) : DEFAULT_TIMEOUT;
  }

  /** The username and password of an accountProvision call (empty strings otherwise). */
  private String[] credentials(Call call) {
    if (call.account() == null) {
      return new String[] {"", ""};
    }
    return AccountCredentials.read(
        client, call.component().workload().namespace(), call.account().secret());
  }

  private static String about(Call call) {
    if (call.account() != null) {
      return " (account " + call.account().name() + ")";
    }
    return call.pod() == null ? "" : " (Pod " + call.pod() + ")";
  }

  private void sleep(Duration pause) {
    try {
      retry.sleeper().sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReconcileException("interrupted while retrying a lifecycle action", e);
    }
  }

  /** Pods sorted by name. */
  static Comparator<Pod> byName() {
    return Comparator.comparing(p -> p.getMetadata().getName());
  }
}
