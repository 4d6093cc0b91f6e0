package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.source.SourceDocument;
import java.util.Optional;

/**
 * The ShardingDefinition a sharding uses: among the exact-name matches, else the prefix or regex
 * matches, the name that sorts last (KubeBlocks' "latest").
 */
public record ShardingDefResolution(
    CompDefResolution.Status status, String pattern, Optional<SourceDocument> definition) {

  public boolean resolved() {
    return status == CompDefResolution.Status.RESOLVED;
  }
}
