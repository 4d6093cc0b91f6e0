package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules on one kind of var reference ({@code valueFrom.<kind>}): the names it uses must
 * exist in the ComponentDefinitions it resolves in ({@link VarRefTargets} says which, the way
 * KubeBlocks' vars resolution picks them). A reference whose compDef matches no definition in the
 * input set is left to KB3403 (it may name another addon's definition).
 */
abstract class VarRefCheck implements Check {
  private final String refKind;

  VarRefCheck(String refKind) {
    this.refKind = refKind;
  }

  /** Checks one reference against the definitions it resolves in (never empty). */
  abstract void check(
      SourceDocument doc, String var, Located ref, VarRefTargets targets, Reporter reporter);

  @Override
  public final void run(InputSet inputs, Reporter reporter) {
    List<CmpdFacts> all = new ArrayList<>();
    inputs.of(Kind.COMPONENT_DEFINITION).forEach(d -> all.add(CmpdFacts.of(d)));
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      CmpdFacts self = CmpdFacts.of(doc);
      for (Located var : Located.spec(doc).items("vars")) {
        Located ref = var.get("valueFrom", refKind);
        if (!ref.isObject()) {
          continue;
        }
        Optional<VarRefTargets> targets = VarRefTargets.of(self, all, ref);
        if (targets.isPresent()) {
          check(doc, var.text("name"), ref, targets.get(), reporter);
        }
      }
    }
  }

  /** Whether a selector field ({@code port}, {@code storage}, a role...) says Optional. */
  static boolean optionalOption(Located field) {
    return field.text("option").equals("Optional");
  }
}
