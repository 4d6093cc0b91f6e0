package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.List;

/**
 * Finds ComponentDefinitions by pattern the way KubeBlocks' listCompDefinitionsWithPattern does.
 */
final class CmpdLookup {
  private CmpdLookup() {}

  /** The definitions named exactly so if there are any, else those matched by prefix or regex. */
  static List<SourceDocument> matching(InputSet inputs, String pattern) {
    List<SourceDocument> all = inputs.of(Kind.COMPONENT_DEFINITION);
    List<SourceDocument> exact = all.stream().filter(d -> d.name().equals(pattern)).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return all.stream().filter(d -> NameMatcher.prefixOrRegex(d.name(), pattern)).toList();
  }
}
