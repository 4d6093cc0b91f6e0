package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.DidYouMean;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Each key of a release's {@code images} names a container (or init container) or a lifecycle
 * action of the ComponentDefinitions the release is compatible with, compared case-insensitively.
 * KubeBlocks accepts other keys as user-managed images, so a key that matches nothing is only a
 * warning, and only when some compatible definition is in the input set (KB3206).
 */
public final class ImageKeysCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_VERSION)) {
      Located spec = Located.spec(doc);
      Map<String, Set<String>> keysByRelease = imageTargets(inputs, spec);
      for (Located release : spec.items("releases")) {
        Set<String> known = keysByRelease.get(release.text("name"));
        if (known == null) {
          continue;
        }
        for (Located image : release.get("images").values()) {
          if (known.stream().noneMatch(k -> k.equalsIgnoreCase(image.key()))) {
            reporter.key(
                Code.KB3206,
                doc,
                image.pointer(),
                "image '"
                    + image.key()
                    + "' of release '"
                    + release.text("name")
                    + "' is not a container or action of a compatible ComponentDefinition",
                hint(image.key(), known));
          }
        }
      }
    }
  }

  /**
   * For each release with a compatible definition in the input set, the container and action names
   * those definitions offer.
   */
  private static Map<String, Set<String>> imageTargets(InputSet inputs, Located spec) {
    Map<String, Set<String>> targets = new LinkedHashMap<>();
    for (Located rule : spec.items("compatibilityRules")) {
      Set<String> names = new LinkedHashSet<>();
      boolean found = false;
      for (Located pattern : rule.strings("compDefs")) {
        for (SourceDocument cmpd : CmpdLookup.matching(inputs, pattern.text())) {
          CmpdFacts facts = CmpdFacts.of(cmpd);
          names.addAll(facts.containers().keySet());
          names.addAll(facts.initContainers().keySet());
          found = true;
        }
      }
      if (!found) {
        continue;
      }
      names.addAll(CmpdFacts.ACTION_NAMES);
      for (Located release : rule.strings("releases")) {
        targets.computeIfAbsent(release.text(), r -> new LinkedHashSet<>()).addAll(names);
      }
    }
    return targets;
  }

  private static String hint(String key, Set<String> known) {
    String close = DidYouMean.hint(key, known);
    if (!close.isEmpty()) {
      return close;
    }
    Set<String> containers = new LinkedHashSet<>(known);
    CmpdFacts.ACTION_NAMES.forEach(containers::remove);
    return "containers are "
        + String.join(", ", containers)
        + "; lifecycle action names (e.g. postProvision) are accepted too";
  }
}
