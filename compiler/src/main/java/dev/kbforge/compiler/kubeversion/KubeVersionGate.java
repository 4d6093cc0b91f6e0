package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.api.KubeVersion;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fits lowered objects to the Kubernetes release of the render ({@code --kube-version}), after the
 * lowerers and before anything is emitted: each object gets the API version that release serves
 * ({@link KubeApiFacts#API_VERSIONS}), and each field it lacks ({@link KubeApiFacts#FIELDS}) is
 * refused (KB5500) at the line where the user wrote it. A field kbforge generated itself cannot be
 * pointed at: the StatefulSet's persistentVolumeClaimRetentionPolicy is left out ({@link
 * RetentionPolicyFallback}), anything else is KB5501 at the Cluster. One gate serves a whole run,
 * so a definition's field is reported once however many clusters use it.
 */
public final class KubeVersionGate {
  static final String RETENTION_POLICY = "persistentVolumeClaimRetentionPolicy";

  private final KubeVersion version;
  private final Set<String> reported = new HashSet<>();

  public KubeVersionGate(KubeVersion version) {
    this.version = version;
  }

  /** A component's objects; fields are traced to its ComponentDefinition and Cluster entry. */
  public void component(List<ObjectNode> objects, SynthesizedComponent c, Reporter reporter) {
    apply(objects, new Sources(c.definition(), c.specPointer(), c.cluster()), reporter);
  }

  /** The objects of a Cluster as a whole (cluster Services); fields are traced to the Cluster. */
  public void cluster(List<ObjectNode> objects, ClusterInfo cluster, Reporter reporter) {
    apply(objects, new Sources(null, null, cluster), reporter);
  }

  /** Where a component's fields may have been written: {@code null} when there is no such part. */
  private record Sources(SourceDocument definition, String componentPointer, ClusterInfo cluster) {}

  private void apply(List<ObjectNode> objects, Sources sources, Reporter reporter) {
    for (ObjectNode object : objects) {
      String kind = object.path("kind").asString("");
      KubeApiFacts.apiVersion(kind)
          .filter(fact -> fact.apiVersion().equals(object.path("apiVersion").asString("")))
          .ifPresent(fact -> object.put("apiVersion", fact.apiVersionFor(version)));
      for (FieldFact fact : KubeApiFacts.FIELDS) {
        if (fact.scope().kinds().contains(kind) && !version.atLeast(fact.since())) {
          refuse(object, kind, fact, sources, reporter);
        }
      }
    }
  }

  private void refuse(
      ObjectNode object, String kind, FieldFact fact, Sources sources, Reporter reporter) {
    String pattern = fact.scope().base() + "/" + fact.path();
    if (PointerPatterns.find(object, "", pattern, fact.value()).isEmpty()) {
      return;
    }
    List<Written> written = written(fact, sources);
    for (Written w : written) {
      if (reported.add(where(w.doc(), w.pointer()))) {
        reporter.key(
            Code.KB5500,
            w.doc(),
            w.pointer(),
            kind + " field " + field(fact) + " needs Kubernetes " + fact.since() + ": " + against(),
            "Kubernetes serves it by default from "
                + fact.since()
                + " ("
                + fact.feature()
                + "); remove it, or render for a newer release");
      }
    }
    if (!written.isEmpty()) {
      return;
    }
    ClusterInfo cluster = sources.cluster();
    if (kind.equals("StatefulSet") && fact.path().equals(RETENTION_POLICY)) {
      RetentionPolicyFallback.omit(object, cluster, version, fact.since(), reporter);
    } else if (reported.add(where(cluster.document(), "/metadata/name") + " " + kind + pattern)) {
      reporter.value(
          Code.KB5501,
          cluster.document(),
          "/metadata/name",
          "kbforge generated "
              + kind
              + " field "
              + field(fact)
              + ", which needs Kubernetes "
              + fact.since()
              + ": "
              + against(),
          "kbforge's version table has a gap here (please report it); render for "
              + fact.since()
              + " or later");
    }
  }

  /** A source document and the pointer of the field in it. */
  private record Written(SourceDocument doc, String pointer) {}

  private static List<Written> written(FieldFact fact, Sources sources) {
    List<Written> found = new ArrayList<>();
    for (FieldSource source : fact.sources()) {
      SourceDocument doc;
      String prefix = "";
      switch (source.origin()) {
        case DEFINITION -> doc = sources.definition();
        case COMPONENT -> {
          doc = sources.componentPointer() == null ? null : sources.cluster().document();
          prefix = sources.componentPointer();
        }
        default -> doc = sources.cluster().document();
      }
      if (doc == null) {
        continue;
      }
      String pattern = prefix + source.pattern();
      for (String pointer : PointerPatterns.find(doc.root(), "", pattern, fact.value())) {
        found.add(new Written(doc, pointer));
      }
    }
    return found;
  }

  /** A field's place in the input: two Clusters of one file share pointers, not positions. */
  private static String where(SourceDocument doc, String pointer) {
    return doc.file().name() + ":" + doc.keyPosition(pointer) + pointer;
  }

  private static String field(FieldFact fact) {
    return fact.displayPath() + (fact.value().isEmpty() ? "" : " value " + fact.value());
  }

  private String against() {
    return "this render is for Kubernetes " + version;
  }
}
