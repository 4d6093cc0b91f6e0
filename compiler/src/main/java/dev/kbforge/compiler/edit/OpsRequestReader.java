package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.ClusterEdit;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.load.YamlLoader;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads KubeBlocks OpsRequest documents ({@code operations.kubeblocks.io/v1alpha1}, the fields of
 * apis/operations/v1alpha1/opsrequest_types.go) as the edits they stand for. Switchover is a
 * runtime operation ({@code kb switchover}) and never an edit; other types are refused at their
 * {@code type:} line.
 */
final class OpsRequestReader {
  static final String API_VERSION = "operations.kubeblocks.io/v1alpha1";

  /** One OpsRequest: the Cluster it names and its edits. */
  record Ops(SourceDocument doc, String clusterName, List<ClusterEdit> edits) {}

  private final Reporter reporter;
  private final String timestamp;

  OpsRequestReader(Reporter reporter, String timestamp) {
    this.reporter = reporter;
    this.timestamp = timestamp;
  }

  List<Ops> read(String name, String text) {
    SourceFile file = SourceFile.of(name, text);
    List<Ops> all = new ArrayList<>();
    for (SourceDocument doc : new YamlLoader().load(file, text, reporter)) {
      if (!doc.kind().equals("OpsRequest") || !doc.apiVersion().equals(API_VERSION)) {
        reporter.value(
            Code.KB6010,
            doc,
            "/kind",
            "not an OpsRequest of " + API_VERSION + ": " + doc.apiVersion() + " " + doc.kind(),
            "");
        continue;
      }
      String cluster = doc.root().path("spec").path("clusterName").asString("");
      if (cluster.isEmpty()) {
        reporter.key(Code.KB6013, doc, "/spec", "spec.clusterName is missing", "");
        continue;
      }
      List<ClusterEdit> edits = edits(doc);
      if (edits != null) {
        all.add(new Ops(doc, cluster, edits));
      }
    }
    return all;
  }

  /** The edits of one OpsRequest, or null when it cannot be carried out (with findings). */
  private List<ClusterEdit> edits(SourceDocument doc) {
    JsonNode spec = doc.root().path("spec");
    String type = spec.path("type").asString("");
    List<ClusterEdit> edits = new ArrayList<>();
    switch (type) {
      case "HorizontalScaling" -> each(doc, "horizontalScaling", (c, n) -> scale(doc, c, n, edits));
      case "VerticalScaling" ->
          each(
              doc,
              "verticalScaling",
              (c, n) ->
                  edits.add(
                      new ClusterEdit.SetResources(
                          c, quantities(n.path("requests")), quantities(n.path("limits")))));
      case "VolumeExpansion" ->
          each(
              doc,
              "volumeExpansion",
              (c, n) -> {
                for (JsonNode vct : n.path("volumeClaimTemplates")) {
                  edits.add(
                      new ClusterEdit.VolumeExpand(
                          c, vct.path("name").asString(""), vct.path("storage").asString("")));
                }
              });
      case "Stop" -> all(doc, "stop", c -> edits.add(new ClusterEdit.Stop(c)));
      case "Start" -> all(doc, "start", c -> edits.add(new ClusterEdit.Start(c)));
      case "Restart" -> all(doc, "restart", c -> edits.add(new ClusterEdit.Restart(c, timestamp)));
      case "Upgrade" ->
          each(
              doc,
              "upgrade/components",
              (c, n) -> {
                String version = n.path("serviceVersion").asString("");
                if (!version.isEmpty()) {
                  edits.add(new ClusterEdit.Upgrade(c, version));
                }
              });
      case "Switchover" -> {
        reporter.value(
            Code.KB6011,
            doc,
            "/spec/type",
            "Switchover changes which pod is primary at run time and is never written into git",
            "run kb switchover --cluster "
                + spec.path("clusterName").asString("")
                + " --component C [--instance POD]");
        return null;
      }
      default -> {
        reporter.value(
            Code.KB6010,
            doc,
            "/spec/type",
            "OpsRequest type '" + type + "' is not carried out by kb ops apply",
            "supported: HorizontalScaling, VerticalScaling, VolumeExpansion, Stop, Start,"
                + " Restart, Upgrade");
        return null;
      }
    }
    return reporter.hasErrors() ? null : edits;
  }

  private interface PerComponent {
    void accept(String component, JsonNode node);
  }

  private void each(SourceDocument doc, String field, PerComponent action) {
    String pointer = "/spec/" + field;
    JsonNode list = doc.root().at(pointer);
    if (!list.isArray() || list.isEmpty()) {
      reporter.key(
          Code.KB6013, doc, "/spec/type", "spec." + field.replace('/', '.') + " is empty", "");
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String component = list.get(i).path("componentName").asString("");
      if (component.isEmpty()) {
        reporter.value(Code.KB6013, doc, pointer + "/" + i, "componentName is missing", "");
        continue;
      }
      action.accept(component, list.get(i));
    }
  }

  /** Stop, Start and Restart: the listed components, or (none listed) every component. */
  private void all(SourceDocument doc, String field, java.util.function.Consumer<String> action) {
    JsonNode list = doc.root().path("spec").path(field);
    if (!list.isArray() || list.isEmpty()) {
      action.accept("");
      return;
    }
    each(doc, field, (c, n) -> action.accept(c));
  }

  private void scale(SourceDocument doc, String component, JsonNode n, List<ClusterEdit> edits) {
    int delta = n.path("scaleOut").path("replicaChanges").asInt(0);
    delta -= n.path("scaleIn").path("replicaChanges").asInt(0);
    if (n.has("replicas")) {
      edits.add(new ClusterEdit.HorizontalScale(component, n.path("replicas").asInt()));
    } else if (delta != 0) {
      edits.add(new ClusterEdit.ScaleBy(component, delta));
    } else {
      reporter.key(
          Code.KB6013,
          doc,
          "/spec/horizontalScaling",
          "horizontalScaling of '" + component + "' changes no replicas",
          "set scaleOut.replicaChanges or scaleIn.replicaChanges");
    }
  }

  private static Map<String, String> quantities(JsonNode list) {
    Map<String, String> out = new TreeMap<>();
    for (var e : list.properties()) {
      out.put(e.getKey(), e.getValue().asString());
    }
    return out;
  }
}
