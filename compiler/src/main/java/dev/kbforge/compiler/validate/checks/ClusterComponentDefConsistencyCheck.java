package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * KB4002: either every componentSpec sets componentDef or none does (the Cluster CRD's CEL rule
 * "two kinds of definition API can not be used simultaneously"). The first spec sets the
 * convention; each spec that breaks it is reported.
 */
public final class ClusterComponentDefConsistencyCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      List<JsonNode> specs = Nodes.items(cluster.root().path("spec"), "componentSpecs");
      if (specs.isEmpty()) {
        continue;
      }
      boolean firstSets = specs.get(0).has("componentDef");
      for (int i = 1; i < specs.size(); i++) {
        if (specs.get(i).has("componentDef") == firstSets) {
          continue;
        }
        String pointer = "/spec/componentSpecs/" + i;
        String name = Nodes.text(specs.get(i), "name");
        if (firstSets) {
          reporter.value(
              Code.KB4002,
              cluster,
              pointer + "/name",
              "component '" + name + "' has no componentDef, but the first component has one",
              "set componentDef on every component, or on none and use clusterDef");
        } else {
          reporter.key(
              Code.KB4002,
              cluster,
              pointer + "/componentDef",
              "component '" + name + "' sets componentDef, but the first component does not",
              "set componentDef on every component, or on none and use clusterDef");
        }
      }
    }
  }
}
