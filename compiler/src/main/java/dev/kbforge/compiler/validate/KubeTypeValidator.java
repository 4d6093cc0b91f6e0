package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.kube.EmbeddedKubeType;
import dev.kbforge.compiler.validate.kube.EmbeddedKubeTypes;
import dev.kbforge.compiler.validate.kube.KubeObjectWalker;

/**
 * Checks the embedded Kubernetes objects (pod runtime, service specs, tolerations, volume claim
 * templates...) against the Kubernetes types, which the JSON Schemas leave open. The spots are
 * listed in {@link EmbeddedKubeTypes}; the field tables come from fabric8's model classes.
 */
public final class KubeTypeValidator {
  public void validate(Kind kind, SourceDocument doc, Reporter reporter) {
    for (EmbeddedKubeType spot : EmbeddedKubeTypes.of(kind)) {
      KubeObjectWalker walker = new KubeObjectWalker(doc, reporter, spot.unknownField());
      spot.pattern()
          .forEachMatch(
              doc.root(), (pointer, node) -> walker.walkModel(pointer, node, spot.model()));
    }
  }
}
