package dev.kbforge.compiler.validate;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;

/**
 * Checks the embedded Kubernetes objects (pod runtime, service specs, volume claim templates...)
 * against the Kubernetes types. Placeholder: filled in by the Kubernetes-type work.
 */
public final class KubeTypeValidator {
  public void validate(Kind kind, SourceDocument doc, Reporter reporter) {}
}
