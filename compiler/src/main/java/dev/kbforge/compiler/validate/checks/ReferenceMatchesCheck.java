package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.DidYouMean;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A definition-name pattern should match a definition in the input set. Addons refer to other
 * addons' definitions (kafka to zookeeper, milvus to etcd), so a miss is a warning here; the
 * Cluster checks make it an error when a Cluster being checked needs the missing definition.
 */
final class ReferenceMatchesCheck implements Check {
  private final Kind kind;
  private final Code code;
  private final String what;
  private final Kind target;
  private final BiPredicate<String, String> matches;
  private final Function<Located, List<Located>> patterns;

  /**
   * @param matches KubeBlocks' matching rule, called with (definition name, pattern)
   */
  ReferenceMatchesCheck(
      Kind kind,
      Code code,
      String what,
      Kind target,
      BiPredicate<String, String> matches,
      Function<Located, List<Located>> patterns) {
    this.kind = kind;
    this.code = code;
    this.what = what;
    this.target = target;
    this.matches = matches;
    this.patterns = patterns;
  }

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    List<String> names = inputs.names(target);
    for (SourceDocument doc : inputs.of(kind)) {
      for (Located pattern : patterns.apply(Located.spec(doc))) {
        String p = pattern.text();
        // a pattern that does not compile is already an error of its own
        if (NameMatcher.compileError(p).isPresent()
            || names.stream().anyMatch(n -> matches.test(n, p))) {
          continue;
        }
        String hint = DidYouMean.hint(p, names);
        reporter.value(
            code,
            doc,
            pattern.pointer(),
            what + " '" + p + "' matches no " + target.kindName() + " in the input set",
            hint.isEmpty()
                ? "if it belongs to another addon, a Cluster that uses it needs that addon's"
                    + " definitions in the input set"
                : hint);
      }
    }
  }
}
