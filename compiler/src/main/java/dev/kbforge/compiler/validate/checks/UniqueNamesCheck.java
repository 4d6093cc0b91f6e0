package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;
import java.util.function.Function;

/**
 * Names in one scope must be unique (roles, services, vars...): KubeBlocks' controllers mark a
 * definition Unavailable on the first duplicate. One instance per rule, each with its own code.
 */
final class UniqueNamesCheck implements Check {
  private final Kind kind;
  private final Code code;
  private final String what;
  private final Function<Located, List<List<Located>>> scopes;

  /**
   * @param scopes from a document's spec, the groups of names that must each be unique
   */
  UniqueNamesCheck(
      Kind kind, Code code, String what, Function<Located, List<List<Located>>> scopes) {
    this.kind = kind;
    this.code = code;
    this.what = what;
    this.scopes = scopes;
  }

  /** The {@code field} of the items of {@code spec.<list>} must be unique. */
  static UniqueNamesCheck of(Kind kind, Code code, String what, String list, String field) {
    return new UniqueNamesCheck(kind, code, what, spec -> List.of(spec.names(list, field)));
  }

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(kind)) {
      for (List<Located> names : scopes.apply(Located.spec(doc))) {
        Duplicates.report(reporter, code, doc, names, what);
      }
    }
  }
}
