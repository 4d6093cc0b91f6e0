package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Base of the rules on one kind of var reference ({@code valueFrom.<kind>}): the names it uses must
 * exist in the ComponentDefinition it resolves in. A reference with an empty compDef resolves in
 * the component itself. One whose compDef matches this definition may resolve in it or in any other
 * definition the pattern matches, so a name counts as defined when one of those defines it. A
 * reference that cannot resolve in this definition is checked only for its compDef (KB3403).
 */
abstract class VarRefCheck implements Check {
  private final String refKind;

  VarRefCheck(String refKind) {
    this.refKind = refKind;
  }

  /** Checks one reference against the definitions it may resolve in (never empty). */
  abstract void check(
      SourceDocument doc, String var, Located ref, Targets targets, Reporter reporter);

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
        String compDef = ref.text("compDef");
        if (compDef.isEmpty()) {
          check(doc, var.text("name"), ref, new Targets(List.of(self)), reporter);
        } else if (NameMatcher.prefixOrRegex(self.name(), compDef)) {
          List<CmpdFacts> targets = new ArrayList<>(List.of(self));
          for (CmpdFacts other : all) {
            if (!other.name().equals(self.name())
                && NameMatcher.prefixOrRegex(other.name(), compDef)) {
              targets.add(other);
            }
          }
          check(doc, var.text("name"), ref, new Targets(targets), reporter);
        }
      }
    }
  }

  /** The definitions a reference may resolve in; the first is the one being checked. */
  record Targets(List<CmpdFacts> definitions) {
    boolean any(Predicate<CmpdFacts> test) {
      return definitions.stream().anyMatch(test);
    }

    List<CmpdFacts> where(Predicate<CmpdFacts> test) {
      return definitions.stream().filter(test).toList();
    }

    CmpdFacts self() {
      return definitions.get(0);
    }
  }
}
