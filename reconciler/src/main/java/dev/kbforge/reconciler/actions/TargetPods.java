package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;

/**
 * The pods an action runs on, as KubeBlocks' SelectTargetPods picks them
 * (pkg/controller/lifecycle/kbagent.go): without a selector the pod the action is about (else the
 * first pod); {@code Any} one pod (KubeBlocks picks at random; kbforge the first ready one, so a
 * run is repeatable); {@code All} every pod; {@code Role} the pods labelled with the role; {@code
 * Ordinal} the pod with that ordinal.
 */
final class TargetPods {
  private TargetPods() {}

  /**
   * @param pods the component's pods, sorted by name
   * @param subject the pod the action is about, or {@code null}
   * @throws IllegalArgumentException for a selector or key kbforge cannot use
   */
  static List<Pod> select(ActionHint hint, List<Pod> pods, String subject) {
    switch (hint.targetPodSelector()) {
      case "" -> {
        String name = subject != null ? subject : pods.isEmpty() ? null : name(pods.get(0));
        return pods.stream().filter(p -> name(p).equals(name)).toList();
      }
      case "Any" -> {
        return pods.stream()
            .filter(TargetPods::ready)
            .findFirst()
            .or(() -> pods.stream().findFirst())
            .stream()
            .toList();
      }
      case "All" -> {
        return pods;
      }
      case "Role" -> {
        return pods.stream()
            .filter(p -> hint.matchingKey().equals(Objects.label(p, Keys.ROLE)))
            .toList();
      }
      case "Ordinal" -> {
        int ordinal;
        try {
          ordinal = Integer.parseInt(hint.matchingKey());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "matchingKey '" + hint.matchingKey() + "' is no ordinal");
        }
        return pods.stream().filter(p -> name(p).endsWith("-" + ordinal)).toList();
      }
      default ->
          throw new IllegalArgumentException(
              "unknown targetPodSelector '" + hint.targetPodSelector() + "'");
    }
  }

  static boolean ready(Pod pod) {
    if (pod.getMetadata().getDeletionTimestamp() != null || pod.getStatus() == null) {
      return false;
    }
    var conditions = pod.getStatus().getConditions();
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName();
  }
}
