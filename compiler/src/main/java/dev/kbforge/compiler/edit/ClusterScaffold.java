package dev.kbforge.compiler.edit;

import dev.kbforge.compiler.api.CreateClusterRequest;
import dev.kbforge.compiler.api.CreateClusterResult;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Severity;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.pipeline.Pipeline;
import dev.kbforge.compiler.pipeline.SourceReader;
import dev.kbforge.compiler.source.SourceDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code kb cluster create}: a Cluster of an addon's ClusterDefinition and topology, every field
 * commented as a user needs it, then validated with the addon (an invalid one is not printed).
 */
final class ClusterScaffold {
  private final CreateClusterRequest request;
  private final Reporter reporter = new Reporter();

  ClusterScaffold(CreateClusterRequest request) {
    this.request = request;
  }

  CreateClusterResult build() {
    List<SourceDocument> docs =
        new Pipeline().load(SourceReader.read(request.addon()).texts(), reporter).documents();
    Optional<SourceDocument> cd =
        docs.stream().filter(d -> d.kind().equals("ClusterDefinition")).findFirst();
    if (cd.isEmpty()) {
      return refuse("no ClusterDefinition under " + request.addon());
    }
    JsonNode topology = topology(cd.get().root().path("spec").path("topologies"));
    if (topology == null) {
      return refuse(
          "ClusterDefinition '"
              + cd.get().name()
              + "' has no topology '"
              + request.topology()
              + "'");
    }
    String yaml = yaml(cd.get(), topology, docs);
    List<Diagnostic> found =
        EditValidator.validate(Path.of(request.name() + ".yaml"), yaml, request.addon());
    boolean ok = found.stream().noneMatch(Diagnostic::isError);
    return new CreateClusterResult(ok ? yaml : "", found);
  }

  private JsonNode topology(JsonNode topologies) {
    for (JsonNode t : topologies) {
      String name = t.path("name").asString("");
      if (request.topology().isEmpty()
          ? t.path("default").asBoolean(false)
          : name.equals(request.topology())) {
        return t;
      }
    }
    return request.topology().isEmpty() && topologies.size() > 0 ? topologies.get(0) : null;
  }

  private String yaml(SourceDocument cd, JsonNode topology, List<SourceDocument> docs) {
    StringBuilder y = new StringBuilder();
    y.append("# Cluster ")
        .append(request.name())
        .append(" of ClusterDefinition ")
        .append(cd.name());
    y.append(", written by kb cluster create.\n");
    y.append(
        "# Day-2 changes: kb cluster hscale|vscale|volume-expand|stop|start|restart|upgrade.\n");
    y.append("apiVersion: apps.kubeblocks.io/v1\nkind: Cluster\nmetadata:\n");
    y.append("  name: ").append(request.name()).append('\n');
    if (!request.namespace().isEmpty()) {
      y.append("  namespace: ").append(request.namespace()).append('\n');
    }
    y.append("spec:\n");
    y.append("  # The ClusterDefinition and the topology (which components, in which order).\n");
    y.append("  clusterDef: ").append(cd.name()).append('\n');
    y.append("  topology: ").append(topology.path("name").asString()).append('\n');
    y.append(
        "  # Delete: removing the Cluster removes its data too; DoNotTerminate: never removed;\n");
    y.append("  # WipeOut: also removes backups.\n");
    y.append("  terminationPolicy: ").append(request.terminationPolicy()).append('\n');
    y.append("  componentSpecs:\n");
    for (JsonNode component : topology.path("components")) {
      component(y, component, definition(component.path("compDef").asString(""), docs));
    }
    return y.toString();
  }

  private void component(StringBuilder y, JsonNode component, Optional<SourceDocument> cmpd) {
    JsonNode spec = cmpd.map(d -> d.root().path("spec")).orElse(null);
    long min = spec == null ? 1 : spec.path("replicasLimit").path("minReplicas").asLong(1);
    long max = spec == null ? 0 : spec.path("replicasLimit").path("maxReplicas").asLong(0);
    long replicas = request.replicas() > 0 ? request.replicas() : Math.max(1, min);
    y.append("    - name: ").append(component.path("name").asString()).append('\n');
    if (!request.version().isEmpty()) {
      y.append("      # The engine version; kb cluster upgrade --service-version changes it.\n");
      y.append("      serviceVersion: \"").append(request.version()).append("\"\n");
    }
    y.append("      # Pods of this component");
    if (max > 0) {
      y.append(" (the ComponentDefinition allows ")
          .append(min)
          .append(" to ")
          .append(max)
          .append(')');
    }
    y.append("; kb cluster hscale --replicas N changes it.\n");
    y.append("      replicas: ").append(replicas).append('\n');
    y.append("      # CPU and memory of the main container; kb cluster vscale changes them.\n");
    y.append("      resources:\n");
    for (String kind : List.of("limits", "requests")) {
      y.append("        ").append(kind).append(":\n");
      y.append("          cpu: \"500m\"\n          memory: 512Mi\n");
    }
    List<String> volumes = new ArrayList<>();
    if (spec != null) {
      spec.path("volumes").forEach(v -> volumes.add(v.path("name").asString("")));
    }
    if (!volumes.isEmpty()) {
      y.append(
          "      # Persistent volumes, one claim per pod; kb cluster volume-expand grows them.\n");
      y.append("      volumeClaimTemplates:\n");
      for (String volume : volumes) {
        y.append("        - name: ").append(volume).append('\n');
        y.append("          spec:\n            accessModes:\n              - ReadWriteOnce\n");
        y.append(
            "            resources:\n              requests:\n                storage: 20Gi\n");
      }
    }
  }

  private static Optional<SourceDocument> definition(String pattern, List<SourceDocument> docs) {
    return docs.stream()
        .filter(d -> d.kind().equals("ComponentDefinition"))
        .filter(d -> NameMatcher.prefixOrRegex(d.name(), pattern))
        .reduce((a, b) -> b);
  }

  private CreateClusterResult refuse(String message) {
    List<Diagnostic> all = new ArrayList<>(reporter.diagnostics());
    all.add(
        new Diagnostic(
            Severity.ERROR,
            Code.KB6020.name(),
            request.addon().isEmpty() ? "" : request.addon().get(0).toString(),
            0,
            0,
            message,
            "",
            ""));
    return new CreateClusterResult("", all);
  }
}
