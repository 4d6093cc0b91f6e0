package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The day-2 operations a workload update carries out, in words for {@code --dry-run} and {@code kb
 * diff}: stop and start (replicas to and from 0 on a StatefulSet, {@code spec.stop} on an
 * InstanceSet), scaling out and in, and restarts (a new {@code kubeblocks.io/restart} on the pod
 * template, so the pods roll).
 */
final class OperationWords {
  /** KubeBlocks' constant.RestartAnnotationKey (pkg/constant/annotations.go). */
  static final String RESTART = "kubeblocks.io/restart";

  private OperationWords() {}

  static void describe(List<Step> steps, LiveState live, List<String> operations) {
    for (Step step : steps) {
      GenericKubernetesResource current = live.objects().get(step.ref());
      boolean update = step.action() == Action.UPDATE || step.action() == Action.RECREATE;
      if (!update || current == null || !Workloads.isWorkload(step.ref())) {
        continue;
      }
      JsonNode want = Objects.tree(step.object()).path("spec");
      JsonNode had = Objects.tree(current).path("spec");
      String name = step.ref().kind() + " " + step.ref().name();
      replicas(name, step.ref().name(), had, want, operations);
      String restartWas = had.at("/template/metadata/annotations").path(RESTART).asString("");
      String restart = want.at("/template/metadata/annotations").path(RESTART).asString("");
      if (!restart.isEmpty() && !restart.equals(restartWas)) {
        operations.add(
            "restart "
                + name
                + ": "
                + RESTART
                + " "
                + restart
                + " changes the pod template, so the pods roll"
                + (Workloads.isInstanceSet(step.ref())
                    ? " (the InstanceSet controller re-creates them, role by role)"
                    : " (highest ordinal first)"));
      }
    }
  }

  private static void replicas(
      String name, String pods, JsonNode had, JsonNode want, List<String> operations) {
    boolean stopWas = had.path("stop").asBoolean(false);
    boolean stop = want.path("stop").asBoolean(false);
    if (stop != stopWas) {
      operations.add(
          (stop ? "stop " : "start ")
              + name
              + (stop
                  ? ": the InstanceSet controller deletes the pods; PVCs, Services, config and"
                      + " Secrets stay"
                  : ": the InstanceSet controller creates the pods again on their PVCs"));
    }
    long from = had.path("replicas").asLong(1);
    long to = want.path("replicas").asLong(1);
    if (from == to) {
      return;
    }
    if (to == 0) {
      operations.add(
          "stop " + name + ": " + from + " → 0 pods; PVCs, Services, config and Secrets stay");
    } else if (from == 0) {
      operations.add("start " + name + ": 0 → " + to + " pods, on their kept PVCs");
    } else if (to > from) {
      operations.add("scale out " + name + ": " + from + " → " + to + " pods");
    } else {
      // memberLeave for each leaving pod, where the definition offers it, is planned by
      // actions/LifecyclePlanner (its own `action` line) and run by Reconciler.execute before this
      // update shrinks the workload.
      String whenScaled =
          want.at("/persistentVolumeClaimRetentionPolicy/whenScaled").asString("Retain");
      operations.add(
          "scale in "
              + name
              + ": "
              + from
              + " → "
              + to
              + " pods; "
              + leaving(pods, to, from)
              + " go, highest ordinal first; their PVCs are "
              + ("Delete".equals(whenScaled) ? "deleted" : "kept")
              + " (persistentVolumeClaimRetentionPolicy.whenScaled: "
              + whenScaled
              + ")");
    }
  }

  private static String leaving(String pods, long to, long from) {
    StringBuilder names = new StringBuilder();
    for (long i = from - 1; i >= to; i--) {
      names.append(names.length() == 0 ? "" : ", ").append(pods).append('-').append(i);
    }
    return names.toString();
  }
}
