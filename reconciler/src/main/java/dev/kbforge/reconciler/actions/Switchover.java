package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.roles.RoleDef;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A switchover as KubeBlocks' Switchover operation does it (pkg/operations/switchover.go, the
 * parameters of pkg/controller/lifecycle/lfa_member.go): the component's switchover action runs
 * through the kbagent of the pod that holds the exclusive role (or {@code instance}), told the role
 * and, when one is named, the candidate; then the role labels are read again from kbagent until the
 * role has moved. Used by {@code kb switchover} and before a primary is restarted.
 */
public final class Switchover {
  static final String ACTION = "switchover";

  /** Where the role went. */
  public record Outcome(String from, String to, String role) {}

  private final ActionRunner runner;
  private final ComponentPods pods;
  private final Backoff.Sleeper sleeper;
  private final Duration poll;
  private final Clock clock;

  public Switchover(
      KubernetesClient client,
      ActionRunner runner,
      ApplyListener listener,
      Backoff.Sleeper sleeper,
      Duration poll,
      Clock clock) {
    this.runner = runner;
    this.pods = new ComponentPods(client, listener);
    this.sleeper = sleeper;
    this.poll = poll;
    this.clock = clock;
  }

  /** The role a switchover moves: the exclusive one, else the last to update. */
  public static Optional<RoleDef> movedRole(ComponentActions component) {
    return component.roles().stream()
        .filter(RoleDef::exclusive)
        .findFirst()
        .or(() -> component.roles().stream().max(Comparator.comparingInt(RoleDef::updatePriority)));
  }

  /**
   * Runs the switchover and waits until another pod (the candidate, when named) holds the role.
   *
   * @param instance the pod to move the role away from, or null for the one holding it
   * @param candidate the pod to move it to, or null to let the engine choose
   */
  public Outcome run(
      ComponentActions component, String instance, String candidate, Duration timeout) {
    if (!component.has(ACTION)) {
      throw new ReconcileException(component.workload() + " has no switchover action");
    }
    String role =
        movedRole(component)
            .map(RoleDef::name)
            .orElseThrow(() -> new ReconcileException(component.workload() + " defines no roles"));
    List<Pod> all = pods.list(component);
    if (holder(all, role).isEmpty()) {
      pods.label(component);
      all = pods.list(component);
    }
    Optional<String> holding = holder(all, role);
    String current =
        instance != null
            ? instance
            : holding.orElseThrow(
                () ->
                    new ReconcileException(
                        "no pod of " + component.workload() + " holds the role " + role));
    require(all, current, component);
    if (holding.isPresent() && !holding.get().equals(current)) {
      throw new ReconcileException(
          "Pod "
              + current
              + " does not hold the role "
              + role
              + " (Pod "
              + holding.get()
              + " does)");
    }
    if (candidate != null) {
      require(all, candidate, component);
      if (candidate.equals(current)) {
        throw new ReconcileException("the candidate is the pod that holds the role already");
      }
    }
    ActionHint hint = component.actions().get(ACTION);
    int ordinal =
        PodOrdinals.of(current)
            .orElseThrow(() -> new ReconcileException("Pod " + current + " has no ordinal"));
    Call call = new Call(ACTION, component, ordinal, null, "move " + role + " away");
    runner.run(
        call,
        () ->
            Parameters.withTemplateVars(
                component, Parameters.switchover(hint, current, role, candidate)));
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      pods.label(component);
      Optional<String> now = holder(pods.list(component), role);
      if (now.isPresent()
          && !now.get().equals(current)
          && (candidate == null || now.get().equals(candidate))) {
        return new Outcome(current, now.get(), role);
      }
      if (!clock.instant().isBefore(deadline)) {
        throw new ReconcileException(
            "switchover ran, but after "
                + timeout.toSeconds()
                + "s "
                + now.map(p -> "Pod " + p + " holds").orElse("no pod holds")
                + " the role "
                + role);
      }
      try {
        sleeper.sleep(poll);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReconcileException("interrupted while waiting for the new role labels", e);
      }
    }
  }

  private static Optional<String> holder(List<Pod> pods, String role) {
    return pods.stream()
        .filter(p -> role.equals(Objects.label(p, Keys.ROLE)))
        .map(p -> p.getMetadata().getName())
        .findFirst();
  }

  private static void require(List<Pod> pods, String name, ComponentActions component) {
    if (pods.stream().noneMatch(p -> p.getMetadata().getName().equals(name))) {
      throw new ReconcileException("Pod " + name + " is not a pod of " + component.workload());
    }
  }
}
