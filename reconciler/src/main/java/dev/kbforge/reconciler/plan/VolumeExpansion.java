package dev.kbforge.reconciler.plan;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Volume expansion, which a re-render alone cannot carry out. A StatefulSet's volumeClaimTemplates
 * are immutable: when the tree's differ from the live ones, the update becomes a {@link
 * Action#RECREATE} (delete with orphaned pods, create again; the pods keep running and are adopted)
 * and each live claim of a grown template gets an {@link Action#EXPAND} step that patches its
 * storage request first. An InstanceSet's templates may change: KubeBlocks' InstanceSet controller
 * patches the claims itself (pkg/controller/instanceset/instance_util.go, copyAndMergePVC, storage
 * only ever grows), so its update stays an update and the plan only says what will happen. A tree
 * that shrinks a claim is refused: claims cannot shrink.
 */
final class VolumeExpansion {
  private VolumeExpansion() {}

  /** The steps with workload updates rewritten; words for the plan go to {@code operations}. */
  static List<Step> rewrite(List<Step> steps, LiveState live, List<String> operations) {
    List<Step> out = new ArrayList<>();
    for (Step step : steps) {
      GenericKubernetesResource current = live.objects().get(step.ref());
      if (step.action() != Action.UPDATE || current == null || !Workloads.isWorkload(step.ref())) {
        out.add(step);
        continue;
      }
      JsonNode desired = Objects.tree(step.object()).at("/spec/volumeClaimTemplates");
      JsonNode was = Objects.tree(current).at("/spec/volumeClaimTemplates");
      Map<String, String[]> grown = grown(step.ref(), desired, was);
      if (Workloads.isInstanceSet(step.ref())) {
        grown.forEach(
            (claim, sizes) ->
                operations.add(
                    "expand the claims "
                        + claim
                        + "-"
                        + step.ref().name()
                        + "-* "
                        + sizes[0]
                        + " → "
                        + sizes[1]
                        + " (the InstanceSet controller patches them)"));
        out.add(step);
        continue;
      }
      if (grown.isEmpty()) {
        // live templates carry server defaults (volumeMode, status): only a new size counts
        out.add(step);
        continue;
      }
      for (Map.Entry<String, String[]> e : grown.entrySet()) {
        for (String claim : claims(step.ref(), e.getKey(), current, live)) {
          String[] sizes = e.getValue();
          String words = "expand PVC " + claim + " " + sizes[0] + " → " + sizes[1];
          operations.add(words);
          out.add(
              new Step(
                  Action.EXPAND,
                  Stage.CLAIMS,
                  new ObjectRef("", "PersistentVolumeClaim", step.ref().namespace(), claim),
                  words,
                  List.of(),
                  claimPatch(claim, step.ref().namespace(), sizes[1]),
                  null));
        }
      }
      operations.add(
          "re-create StatefulSet "
              + step.ref().name()
              + ": volumeClaimTemplates are immutable, so it is deleted with its pods orphaned"
              + " (they keep running) and created again");
      out.add(
          new Step(
              Action.RECREATE,
              step.stage(),
              step.ref(),
              "volumeClaimTemplates changed (immutable): delete orphaning the pods, then create",
              step.diffs(),
              step.object(),
              null));
    }
    return out;
  }

  /** Claim template name to {live, desired} storage, for each one that grows. */
  private static Map<String, String[]> grown(ObjectRef ref, JsonNode desired, JsonNode was) {
    Map<String, String[]> grown = new TreeMap<>();
    for (JsonNode template : desired) {
      String name = template.at("/metadata/name").asString("");
      String want = storage(template);
      for (JsonNode old : was) {
        if (!old.at("/metadata/name").asString("").equals(name)) {
          continue;
        }
        String had = storage(old);
        if (want.isEmpty() || had.isEmpty() || want.equals(had)) {
          continue;
        }
        int order = bytes(want).compareTo(bytes(had));
        if (order < 0) {
          throw new InputException(
              ref
                  + ": volumeClaimTemplate "
                  + name
                  + " shrinks "
                  + had
                  + " → "
                  + want
                  + "; PersistentVolumeClaims cannot shrink");
        }
        if (order > 0) {
          grown.put(name, new String[] {had, want});
        }
      }
    }
    return grown;
  }

  /**
   * The live claims of template {@code claim}: {@code <claim>-<statefulset>-<ordinal>}, as the
   * StatefulSet controller names them; those read from the cluster, else one per live replica.
   */
  private static List<String> claims(
      ObjectRef sts, String claim, GenericKubernetesResource current, LiveState live) {
    String prefix = claim + "-" + sts.name() + "-";
    List<String> names = new ArrayList<>();
    for (GenericKubernetesResource c : live.claims()) {
      String name = c.getMetadata().getName();
      if (sts.namespace().equals(c.getMetadata().getNamespace())
          && name.startsWith(prefix)
          && name.substring(prefix.length()).matches("[0-9]+")) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      int replicas = Objects.tree(current).at("/spec/replicas").asInt(0);
      for (int i = 0; i < replicas; i++) {
        names.add(prefix + i);
      }
    }
    names.sort(null);
    return names;
  }

  private static GenericKubernetesResource claimPatch(String name, String namespace, String size) {
    ObjectNode claim = JsonNodeFactory.instance.objectNode();
    claim.put("apiVersion", "v1");
    claim.put("kind", "PersistentVolumeClaim");
    claim.putObject("metadata").put("name", name).put("namespace", namespace);
    claim.putObject("spec").putObject("resources").putObject("requests").put("storage", size);
    return Objects.fromTree(claim);
  }

  private static String storage(JsonNode template) {
    return template.at("/spec/resources/requests/storage").asString("");
  }

  private static BigDecimal bytes(String quantity) {
    return Quantity.getAmountInBytes(new Quantity(quantity));
  }

  /** Whether the tree has claim templates, so the live claims are worth reading. */
  static boolean hasClaimTemplates(List<GenericKubernetesResource> desired) {
    return desired.stream()
        .anyMatch(
            o ->
                Workloads.isStatefulSet(ObjectRef.of(o))
                    && Objects.tree(o).at("/spec/volumeClaimTemplates").size() > 0);
  }
}
