package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.regex.Pattern;

/**
 * A Cluster's namespace and name become its folder {@code <namespace>/<cluster>} and the prefix of
 * every object name, so both must be DNS labels (KB5406); the Cluster schema does not say so.
 */
final class FolderNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private FolderNames() {}

  static boolean valid(ClusterInfo cluster, Reporter reporter) {
    boolean ok = true;
    if (!LABEL.matcher(cluster.name()).matches()) {
      report(cluster, "/metadata/name", "name '" + cluster.name() + "'", reporter);
      ok = false;
    }
    if (!LABEL.matcher(cluster.namespace()).matches()) {
      report(cluster, "/metadata/namespace", "namespace '" + cluster.namespace() + "'", reporter);
      ok = false;
    }
    return ok;
  }

  private static void report(ClusterInfo cluster, String pointer, String what, Reporter reporter) {
    reporter.value(
        Code.KB5406,
        cluster.document(),
        pointer,
        "Cluster " + what + " is not a DNS label",
        "use lower-case letters, digits and '-', at most 63 characters, starting and ending"
            + " with a letter or digit");
  }
}
