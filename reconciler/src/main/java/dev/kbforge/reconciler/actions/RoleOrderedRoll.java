package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.cluster.Backoff;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.roles.RoleDef;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The update of a StatefulSet that render made role-ordered ({@code updateStrategy: OnDelete} and
 * {@value #ANNOTATION}): its outdated pods (whose {@code controller-revision-hash} is not the
 * StatefulSet's {@code status.updateRevision}) are deleted one at a time, each waited for until it
 * is back, ready and current, as KubeBlocks' InstanceSet controller orders an update: the lowest
 * updatePriority first, the pod holding the exclusive role last, after a {@link Switchover} moved
 * the role away when the component has one. Computed from what is live, so a run that died half-way
 * is finished by the next.
 */
public final class RoleOrderedRoll {
  public static final String ANNOTATION = "kbforge.dev/role-ordered-update";
  static final String REVISION = "controller-revision-hash";

  private final KubernetesClient client;
  private final ComponentPods pods;
  private final Switchover switchover;
  private final ApplyListener listener;
  private final Backoff.Sleeper sleeper;
  private final Duration poll;
  private final Duration timeout;
  private final Clock clock;

  RoleOrderedRoll(
      KubernetesClient client,
      Switchover switchover,
      ApplyListener listener,
      Backoff.Sleeper sleeper,
      Duration poll,
      Duration timeout,
      Clock clock) {
    this.client = client;
    this.pods = new ComponentPods(client, listener);
    this.switchover = switchover;
    this.listener = listener;
    this.sleeper = sleeper;
    this.poll = poll;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Whether some pod of {@code component} is outdated (cheap: one GET and one LIST). */
  public boolean pending(ComponentActions component) {
    String revision = updateRevision(component);
    return revision != null && !outdated(pods.list(component), revision).isEmpty();
  }

  /** Rolls the outdated pods of {@code component}; nothing when all are current. */
  public void roll(ComponentActions component) {
    String revision = updateRevision(component);
    if (revision == null) {
      return;
    }
    List<Pod> outdated = outdated(pods.list(component), revision);
    if (outdated.isEmpty()) {
      return;
    }
    Optional<RoleDef> moved = Switchover.movedRole(component);
    String role = moved.map(RoleDef::name).orElse("");
    if (holder(outdated, role).isEmpty() && holder(pods.list(component), role).isEmpty()) {
      pods.label(component);
      outdated = outdated(pods.list(component), revision);
    }
    Optional<String> primary = holder(outdated, role);
    List<Pod> first = new ArrayList<>(outdated);
    first.removeIf(p -> primary.isPresent() && name(p).equals(primary.get()));
    first.sort(
        Comparator.<Pod>comparingInt(p -> priority(component, p))
            .thenComparing(RoleOrderedRoll::name, Comparator.reverseOrder()));
    for (Pod pod : first) {
      replace(component, name(pod), revision, "update");
    }
    if (primary.isPresent()) {
      int replicas = pods.list(component).size();
      if (component.has(Switchover.ACTION) && replicas > 1) {
        Switchover.Outcome outcome = switchover.run(component, primary.get(), null, timeout);
        listener.action(
            "roll " + component.workload() + ": " + role + " moved to Pod " + outcome.to());
      }
      replace(component, primary.get(), revision, "update, last");
    }
  }

  private void replace(ComponentActions component, String pod, String revision, String why) {
    String namespace = component.workload().namespace();
    listener.action(
        "roll "
            + component.workload()
            + ": delete Pod "
            + namespace
            + "/"
            + pod
            + " ("
            + why
            + ")");
    try {
      client.pods().inNamespace(namespace).withName(pod).delete();
    } catch (KubernetesClientException e) {
      throw new ReconcileException(
          "cannot delete Pod " + namespace + "/" + pod + ": " + e.getMessage(), e);
    }
    Instant deadline = clock.instant().plus(timeout);
    while (true) {
      Pod now = client.pods().inNamespace(namespace).withName(pod).get();
      if (now != null
          && now.getMetadata().getDeletionTimestamp() == null
          && revision.equals(Objects.label(now, REVISION))
          && TargetPods.ready(now)) {
        return;
      }
      if (!clock.instant().isBefore(deadline)) {
        throw new ReconcileException(
            "timed out after "
                + timeout.toSeconds()
                + "s waiting for Pod "
                + namespace
                + "/"
                + pod
                + " to come back ready at revision "
                + revision);
      }
      try {
        sleeper.sleep(poll);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReconcileException("interrupted while rolling " + component.workload(), e);
      }
    }
  }

  private String updateRevision(ComponentActions component) {
    StatefulSet sts =
        client
            .apps()
            .statefulSets()
            .inNamespace(component.workload().namespace())
            .withName(component.workload().name())
            .get();
    return sts == null || sts.getStatus() == null ? null : sts.getStatus().getUpdateRevision();
  }

  private static List<Pod> outdated(List<Pod> pods, String revision) {
    return pods.stream().filter(p -> !revision.equals(Objects.label(p, REVISION))).toList();
  }

  private static Optional<String> holder(List<Pod> pods, String role) {
    return pods.stream()
        .filter(p -> !role.isEmpty() && role.equals(Objects.label(p, Keys.ROLE)))
        .map(RoleOrderedRoll::name)
        .findFirst();
  }

  private static int priority(ComponentActions component, Pod pod) {
    String label = Objects.label(pod, Keys.ROLE);
    return component.roles().stream()
        .filter(r -> r.name().equals(label))
        .mapToInt(RoleDef::updatePriority)
        .findFirst()
        .orElse(0);
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName();
  }
}
