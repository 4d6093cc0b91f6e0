package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every release a compatibility rule names is defined in {@code releases} (KB3202): KubeBlocks
 * silently ignores an unknown one, so a typo leaves the intended release unusable.
 */
public final class ReleaseReferencesCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_VERSION)) {
      Located spec = Located.spec(doc);
      Set<String> releases = new LinkedHashSet<>();
      spec.names("releases", "name").forEach(n -> releases.add(n.text()));
      for (Located rule : spec.items("compatibilityRules")) {
        for (Located release : rule.strings("releases")) {
          if (!releases.contains(release.text())) {
            reporter.value(
                Code.KB3202,
                doc,
                release.pointer(),
                "release '" + release.text() + "' is not defined in releases",
                Hints.unknown(release.text(), "release", releases));
          }
        }
      }
    }
  }
}
