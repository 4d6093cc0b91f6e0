package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.ClusterInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two objects of one Cluster with the same apiVersion, kind, namespace and name would overwrite
 * each other when applied (two cluster Services without a serviceName, say). Reported at the
 * Cluster (KB5405), which is then left out of the tree.
 */
final class DuplicateObjects {
  private DuplicateObjects() {}

  /** True when every object is distinct; else reports the clashes and returns false. */
  static boolean none(List<ObjectNode> objects, ClusterInfo cluster, Reporter reporter) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new TreeSet<>();
    for (ObjectNode object : objects) {
      String identity =
          object.path("kind").asString("")
              + " "
              + object.path("metadata").path("namespace").asString("")
              + "/"
              + object.path("metadata").path("name").asString("")
              + " ("
              + object.path("apiVersion").asString("")
              + ")";
      if (!seen.add(identity)) {
        twice.add(identity);
      }
    }
    for (String identity : twice) {
      reporter.value(
          Code.KB5405,
          cluster.document(),
          "/metadata/name",
          "Cluster '" + cluster.name() + "' compiles to " + identity + " twice",
          "give the Cluster's services (or components) distinct names");
    }
    return twice.isEmpty();
  }
}
