package dev.kbforge.compiler.model;

import dev.kbforge.compiler.source.SourceDocument;

/**
 * A plain Kubernetes document of the input: any kind that is not a KubeBlocks one (a Service, a
 * NetworkPolicy, a Secret, another project's custom resource). kbforge passes it through to the
 * tree, except Secrets, whose values never go there.
 *
 * @param document the document as read
 * @param namespaced whether it lives in a namespace: from the Kubernetes model for built-in kinds;
 *     for other kinds, whether the document names a namespace
 */
public record PlainObject(SourceDocument document, boolean namespaced) {
  /** The namespace it is applied in: its own, {@code default} when it names none. */
  public String namespace() {
    if (!namespaced) {
      return "";
    }
    String ns = document.root().path("metadata").path("namespace").asString("");
    return ns.isEmpty() ? "default" : ns;
  }

  public boolean isSecret() {
    return document.apiVersion().equals("v1") && document.kind().equals("Secret");
  }
}
