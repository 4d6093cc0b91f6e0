package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.Optional;

/** Each ComponentVersion release's serviceVersion is a semantic version (KB3204). */
public final class ReleaseServiceVersionCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_VERSION)) {
      for (Located release : Located.spec(doc).items("releases")) {
        Located version = release.get("serviceVersion");
        if (!version.json().isString()) {
          continue;
        }
        Optional<String> problem = Semver.problem(version.text());
        problem.ifPresent(
            p ->
                reporter.value(
                    Code.KB3204,
                    doc,
                    version.pointer(),
                    "serviceVersion '" + version.text() + "' is not a semantic version: " + p,
                    "write major.minor.patch, e.g. 8.0.33 or 1.2.0-beta.1"));
      }
    }
  }
}
