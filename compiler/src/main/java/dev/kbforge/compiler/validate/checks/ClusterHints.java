package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.validate.DidYouMean;
import java.util.Collection;
import java.util.List;

/**
 * Hints for Cluster "names no such thing" findings: a close match, else the names that do exist.
 */
final class ClusterHints {
  private static final int SHOWN = 10;

  private ClusterHints() {}

  static String unknown(String wrong, Collection<String> known, String what) {
    String close = DidYouMean.hint(wrong, known);
    if (!close.isEmpty()) {
      return close;
    }
    return known.isEmpty() ? "no " + what + " defined" : what + ": " + list(known);
  }

  /** Comma-separated, at most {@value #SHOWN} names, then how many more. */
  static String list(Collection<String> names) {
    List<String> all = List.copyOf(names);
    String shown = String.join(", ", all.subList(0, Math.min(SHOWN, all.size())));
    return all.size() > SHOWN ? shown + " (and " + (all.size() - SHOWN) + " more)" : shown;
  }
}
