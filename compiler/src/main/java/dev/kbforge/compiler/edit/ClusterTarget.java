package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.Pointers;
import dev.kbforge.compiler.source.Position;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds what an edit is for: the Cluster document of a file (by name when the file holds several)
 * and the JSON Pointer of a component's spec in it, {@code /spec/componentSpecs/<i>} or, for a
 * sharding, its template {@code /spec/shardings/<i>/template} (KubeBlocks' operations address both
 * by name).
 */
final class ClusterTarget {
  private ClusterTarget() {}

  static boolean isCluster(SourceDocument doc) {
    return doc.kind().equals("Cluster") && doc.apiVersion().startsWith("apps.kubeblocks.io/");
  }

  /**
   * The index (among the file's documents) of the Cluster named {@code name} ("": the only one).
   */
  static Optional<Integer> find(
      List<SourceDocument> docs, SourceFile file, String name, Reporter reporter) {
    List<Integer> clusters = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (isCluster(docs.get(i)) && (name.isEmpty() || docs.get(i).name().equals(name))) {
        clusters.add(i);
      }
    }
    if (clusters.size() == 1) {
      return Optional.of(clusters.get(0));
    }
    String names =
        String.join(
            ", ",
            docs.stream().filter(ClusterTarget::isCluster).map(SourceDocument::name).toList());
    String message =
        clusters.isEmpty()
            ? (name.isEmpty() ? "no Cluster in " : "no Cluster named '" + name + "' in ")
                + file.name()
            : file.name() + " holds " + clusters.size() + " Clusters: name one with --cluster";
    reporter.at(
        Code.KB6001,
        Code.KB6001.severity(),
        file,
        new Position(1, 1),
        message,
        names.isEmpty() ? "" : "Clusters in the file: " + names);
    return Optional.empty();
  }

  /** The pointers of the named component ({@code ""}: of every component and sharding). */
  static List<String> components(SourceDocument cluster, String name, Reporter reporter) {
    List<String> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    JsonNode specs = cluster.root().path("spec").path("componentSpecs");
    for (int i = 0; i < specs.size(); i++) {
      String own = specs.get(i).path("name").asString("");
      names.add(own);
      if (name.isEmpty() || own.equals(name)) {
        found.add(Pointers.child("/spec/componentSpecs", i));
      }
    }
    JsonNode shardings = cluster.root().path("spec").path("shardings");
    for (int i = 0; i < shardings.size(); i++) {
      String own = shardings.get(i).path("name").asString("");
      names.add(own);
      if (name.isEmpty() || own.equals(name)) {
        found.add(Pointers.child(Pointers.child("/spec/shardings", i), "template"));
      }
    }
    if (found.isEmpty()) {
      reporter.value(
          Code.KB6002,
          cluster,
          specs.isMissingNode() ? "/spec" : "/spec/componentSpecs",
          name.isEmpty()
              ? "Cluster '" + cluster.name() + "' has no components"
              : "Cluster '" + cluster.name() + "' has no component named '" + name + "'",
          names.isEmpty() ? "" : "components: " + String.join(", ", names));
    }
    return found;
  }
}
