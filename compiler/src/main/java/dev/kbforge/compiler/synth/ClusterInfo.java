package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.source.SourceDocument;

/**
 * The Cluster being compiled, with the render options.
 *
 * @param name {@code metadata.name}
 * @param namespace {@code metadata.namespace}, {@code default} when absent
 * @param terminationPolicy DoNotTerminate, Delete or WipeOut
 * @param document the Cluster document (for positions)
 * @param options target, secrets mode, cluster domain
 */
public record ClusterInfo(
    String name,
    String namespace,
    String terminationPolicy,
    SourceDocument document,
    RenderOptions options) {

  /** Whether nothing of the cluster may ever be deleted (terminationPolicy DoNotTerminate). */
  public boolean doNotTerminate() {
    return "DoNotTerminate".equals(terminationPolicy);
  }
}
