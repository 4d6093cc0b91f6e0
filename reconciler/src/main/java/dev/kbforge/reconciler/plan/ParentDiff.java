package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares ApplySet parents: like {@link Differ}, plus a label or annotation of ours ({@code
 * applyset.kubernetes.io/*}, {@code kbforge.dev/*}) that the new parent drops is a difference (a
 * member kind or namespace list that became empty, a policy no longer recorded).
 */
final class ParentDiff {
  private ParentDiff() {}

  static List<FieldDiff> diff(GenericKubernetesResource desired, GenericKubernetesResource live) {
    List<FieldDiff> diffs = new ArrayList<>(Differ.diff(Objects.tree(desired), Objects.tree(live)));
    dropped("labels", desired.getMetadata().getLabels(), live.getMetadata().getLabels(), diffs);
    dropped(
        "annotations",
        desired.getMetadata().getAnnotations(),
        live.getMetadata().getAnnotations(),
        diffs);
    return diffs;
  }

  private static void dropped(
      String field, Map<String, String> desired, Map<String, String> live, List<FieldDiff> diffs) {
    if (live == null) {
      return;
    }
    for (Map.Entry<String, String> entry : live.entrySet()) {
      String key = entry.getKey();
      boolean ours = key.startsWith("applyset.kubernetes.io/") || key.startsWith("kbforge.dev/");
      if (ours && (desired == null || !desired.containsKey(key))) {
        diffs.add(
            new FieldDiff(
                "metadata." + field + "[\"" + key + "\"]",
                "\"" + entry.getValue() + "\"",
                FieldDiff.ABSENT));
      }
    }
  }
}
