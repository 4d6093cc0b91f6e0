package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The ComponentDefinitions a var reference resolves in, chosen as KubeBlocks'
 * resolveReferentComponents (pkg/controller/component/vars.go) chooses the components: the
 * definition itself when compDef is empty, or when compDef matches it and the reference has no
 * {@code multipleClusterObjectOption}; otherwise any component whose definition compDef matches
 * (prefix or regex). A Cluster may use any of those definitions, so a name must be defined by every
 * one of them, unless the reference tolerates a missing object or value ({@code mayBeAbsent}): then
 * one is enough.
 *
 * @param self the definition that holds the reference
 * @param definitions the definitions it resolves in (never empty)
 * @param compDef the pattern, or {@code ""} when the reference resolves in {@code self} only
 */
record VarRefTargets(CmpdFacts self, List<CmpdFacts> definitions, String compDef) {

  /** The targets of a reference, or empty when its compDef matches nothing here (KB3403). */
  static Optional<VarRefTargets> of(CmpdFacts self, List<CmpdFacts> all, Located ref) {
    String compDef = ref.text("compDef");
    boolean multiple = ref.get("multipleClusterObjectOption").isObject();
    if (compDef.isEmpty() || (!multiple && NameMatcher.prefixOrRegex(self.name(), compDef))) {
      return Optional.of(new VarRefTargets(self, List.of(self), ""));
    }
    List<CmpdFacts> matching =
        all.stream().filter(d -> NameMatcher.prefixOrRegex(d.name(), compDef)).toList();
    return matching.isEmpty()
        ? Optional.empty()
        : Optional.of(new VarRefTargets(self, matching, compDef));
  }

  /** Whether the reference resolves in other definitions (compDef), not in its own. */
  boolean acrossDefinitions() {
    return !compDef.isEmpty();
  }

  /** The same reference, narrowed to the definitions that pass a test (a service it names...). */
  VarRefTargets where(Predicate<CmpdFacts> test) {
    return new VarRefTargets(self, definitions.stream().filter(test).toList(), compDef);
  }

  /**
   * The definitions that do not define a name: those lacking it, or, when it may be absent, all of
   * them only when none defines it.
   */
  List<CmpdFacts> lacking(Predicate<CmpdFacts> defines, boolean mayBeAbsent) {
    List<CmpdFacts> lacking = definitions.stream().filter(defines.negate()).toList();
    return mayBeAbsent && lacking.size() < definitions.size() ? List.of() : lacking;
  }

  /**
   * What a reference names, at {@code at}: a {@code what} called {@code name}, inside {@code owner}
   * when that is not empty ("port 'client'" of "service 'db'").
   */
  record Named(Located at, String what, String name, String owner) {
    Named(Located at, String what) {
      this(at, what, at.text(), "");
    }

    String text() {
      return what + " '" + name + "'" + (owner.isEmpty() ? "" : " of " + owner);
    }
  }

  /**
   * Reports a name that {@code lacking} do not define: with {@code inSelf} when the reference
   * resolves in its own definition, with {@code across} (naming them) when it resolves through
   * compDef. Nothing when {@code lacking} is empty.
   *
   * @param known the names of that kind a definition defines (for the hint)
   */
  void report(
      Reporter reporter,
      SourceDocument doc,
      Named named,
      List<CmpdFacts> lacking,
      Code inSelf,
      Code across,
      String var,
      Function<CmpdFacts, Collection<String>> known) {
    if (lacking.isEmpty()) {
      return;
    }
    String message = named.text() + " named by var '" + var + "' is not defined";
    String hint = Hints.unknown(named.name(), named.what(), known.apply(lacking.get(0)));
    if (!acrossDefinitions()) {
      reporter.value(inSelf, doc, named.at().pointer(), message, hint);
      return;
    }
    List<String> names = lacking.stream().map(d -> "'" + d.name() + "'").toList();
    reporter.value(
        across,
        doc,
        named.at().pointer(),
        message
            + " by ComponentDefinition "
            + String.join(", ", names)
            + " (matched by compDef '"
            + compDef
            + "')",
        "in '" + lacking.get(0).name() + "': " + hint);
  }
}
