package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.HashSet;
import java.util.Set;

/**
 * A release that no compatibility rule names is compatible with no ComponentDefinition: nothing can
 * use it, and KubeBlocks marks the ComponentVersion Unavailable for it (KB3203).
 */
public final class UnusedReleaseCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_VERSION)) {
      Located spec = Located.spec(doc);
      Set<String> named = new HashSet<>();
      for (Located rule : spec.items("compatibilityRules")) {
        rule.strings("releases").forEach(r -> named.add(r.text()));
      }
      for (Located release : spec.names("releases", "name")) {
        if (!named.contains(release.text())) {
          reporter.value(
              Code.KB3203,
              doc,
              release.pointer(),
              "release '" + release.text() + "' is not named by any compatibility rule",
              "add it to the releases of the rule for the definitions it serves");
        }
      }
    }
  }
}
