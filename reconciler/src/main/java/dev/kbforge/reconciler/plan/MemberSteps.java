package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.inventory.ApplySet;
import dev.kbforge.reconciler.model.ApplyOrder;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.secrets.AccountSecrets;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@link Planner}'s steps for the objects the tree wants: each desired object labelled as an
 * ApplySet member and compared with its live copy; account Secrets created when missing and never
 * updated. Secret values never show in a diff.
 */
final class MemberSteps {
  private MemberSteps() {}

  /** A copy of {@code object} labelled as a member of {@code applySet}. */
  static GenericKubernetesResource member(GenericKubernetesResource object, ApplySet applySet) {
    GenericKubernetesResource copy = Objects.copy(object);
    Map<String, String> labels =
        copy.getMetadata().getLabels() == null
            ? new TreeMap<>()
            : new TreeMap<>(copy.getMetadata().getLabels());
    labels.put(Keys.PART_OF, applySet.id());
    copy.getMetadata().setLabels(labels);
    return copy;
  }

  static Step compare(
      GenericKubernetesResource member,
      GenericKubernetesResource live,
      ApplyOrder.Category category) {
    Stage stage = Stage.of(category);
    if (live == null) {
      return Step.of(Action.CREATE, stage, member, "not in the cluster");
    }
    List<FieldDiff> diffs =
        Differ.diff(
            Normalizer.forCompare(Objects.tree(member)), Normalizer.forCompare(Objects.tree(live)));
    diffs = new ArrayList<>(diffs);
    diffs.addAll(OwnedFields.removed(Objects.tree(member), Objects.tree(live)));
    if (member.getKind().equals("Secret")) {
      diffs = diffs.stream().map(MemberSteps::hideSecretValue).toList();
    }
    if (diffs.isEmpty()) {
      return Step.of(Action.UNCHANGED, stage, member, "");
    }
    return new Step(
        Action.UPDATE,
        stage,
        ObjectRef.of(member),
        diffs.size() + " field(s) differ",
        diffs,
        member,
        null);
  }

  /** Secret values never reach a plan, a diff or a terminal. */
  private static FieldDiff hideSecretValue(FieldDiff diff) {
    if (!diff.path().startsWith("data") && !diff.path().startsWith("stringData")) {
      return diff;
    }
    return new FieldDiff(diff.path(), hidden(diff.live()), hidden(diff.desired()));
  }

  private static String hidden(String value) {
    return value.equals(FieldDiff.ABSENT) ? value : "(hidden)";
  }

  /** A {@code --secrets-from} Secret: created when missing, else left exactly as it is. */
  static Step providedSecretStep(GenericKubernetesResource secret, GenericKubernetesResource live) {
    if (live != null) {
      return Step.of(
          Action.UNCHANGED,
          Stage.CONFIG,
          secret,
          "Secret exists (--secrets-from never overwrites)");
    }
    return Step.of(Action.CREATE, Stage.CONFIG, secret, "from --secrets-from");
  }

  static Step accountSecretStep(
      AccountSecrets.Needed needed,
      GenericKubernetesResource secret,
      GenericKubernetesResource live) {
    if (live != null) {
      return Step.of(
          Action.UNCHANGED, Stage.CONFIG, secret, "account Secret exists (never overwritten)");
    }
    String from = Objects.annotation(secret, AccountSecrets.PASSWORD_FROM);
    if (from != null) {
      // after CONFIG, where --secrets-from creates the user's Secret it copies from
      return new Step(
          Action.CREATE,
          Stage.COPIED_SECRETS,
          needed.ref(),
          "account Secret of "
              + ObjectRef.of(needed.workload())
              + ": password copied from Secret "
              + from.substring(0, from.lastIndexOf('#')),
          List.of(),
          secret,
          needed.config());
    }
    return new Step(
        Action.CREATE,
        Stage.CONFIG,
        needed.ref(),
        "account Secret of "
            + ObjectRef.of(needed.workload())
            + ": random password of "
            + needed.config().length()
            + " characters",
        List.of(),
        secret,
        needed.config());
  }
}
