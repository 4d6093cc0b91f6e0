package dev.kbforge.reconciler.bench;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.plan.LiveState;
import dev.kbforge.reconciler.plan.Plan;
import dev.kbforge.reconciler.plan.PlanOptions;
import dev.kbforge.reconciler.plan.Planner;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure planner over a large tree: no I/O, so this is the cost of deciding (copying, labelling,
 * normalizing and diffing every object), measured as the median of 10 runs after 5 warm-up runs.
 */
final class PlanBenchmark {
  private PlanBenchmark() {}

  static void run(int count) {
    List<GenericKubernetesResource> desired = BenchTrees.configMapObjects(count, 10);
    ApplySet applySet = Planner.applySet("bench", desired);
    PlanOptions options = new PlanOptions(true, false, "bench");
    LiveState empty = LiveState.empty();
    LiveState same = live(desired, applySet, 0);
    LiveState tenth = live(desired, applySet, 10);
    System.out.printf("plan computation (pure planner), %d ConfigMaps:%n", count);
    report("empty cluster (all create)", () -> Planner.plan(applySet, desired, empty, options));
    report("all unchanged", () -> Planner.plan(applySet, desired, same, options));
    report("1 in 10 drifted", () -> Planner.plan(applySet, desired, tenth, options));
  }

  /**
   * The live state after an apply: each object as the server would return it (member label, server
   * fields), every {@code drift}-th one with a changed value (0: none).
   */
  static LiveState live(List<GenericKubernetesResource> desired, ApplySet applySet, int drift) {
    Map<ObjectRef, GenericKubernetesResource> objects = new HashMap<>();
    List<GenericKubernetesResource> members = new ArrayList<>();
    for (int i = 0; i < desired.size(); i++) {
      GenericKubernetesResource live = Objects.copy(desired.get(i));
      Map<String, String> labels = new HashMap<>(live.getMetadata().getLabels());
      labels.put(Keys.PART_OF, applySet.id());
      live.getMetadata().setLabels(labels);
      live.getMetadata().setUid("uid-" + i);
      live.getMetadata().setResourceVersion(String.valueOf(1000 + i));
      live.getMetadata().setCreationTimestamp("2030-01-01T00:00:00Z");
      if (drift > 0 && i % drift == 0) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) live.getAdditionalProperties().get("data");
        data.put("mode", "standalone");
      }
      objects.put(ObjectRef.of(live), live);
      members.add(live);
    }
    return new LiveState(objects, members, null);
  }

  private static void report(String what, java.util.function.Supplier<Plan> plan) {
    for (int i = 0; i < 5; i++) {
      plan.get();
    }
    long[] runs = new long[10];
    int writes = 0;
    for (int i = 0; i < runs.length; i++) {
      long start = System.nanoTime();
      writes = plan.get().writes();
      runs[i] = System.nanoTime() - start;
    }
    Arrays.sort(runs);
    System.out.printf(
        "  %-28s %7.1f ms median (min %.1f, max %.1f); %d write step(s)%n",
        what, runs[runs.length / 2] / 1e6, runs[0] / 1e6, runs[runs.length - 1] / 1e6, writes);
  }
}
