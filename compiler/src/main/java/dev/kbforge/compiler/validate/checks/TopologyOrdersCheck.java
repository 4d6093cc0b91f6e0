package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import dev.kbforge.compiler.validate.DidYouMean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Each non-empty order list (provision, terminate, update) must name every component and sharding
 * of its topology exactly once; a stage lists several names separated by commas. The controller
 * compares the sorted names with the topology's entities and marks the definition Unavailable on
 * any difference. Missing names are reported at the list's key (KB3008), unknown (KB3009) and
 * repeated (KB3010) ones at their stage.
 */
public final class TopologyOrdersCheck implements Check {
  private static final List<String> ORDERS = List.of("provision", "terminate", "update");

  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.CLUSTER_DEFINITION)) {
      for (Located topology : Located.spec(doc).items("topologies")) {
        Set<String> entities = new LinkedHashSet<>();
        topology.names("components", "name").forEach(n -> entities.add(n.text()));
        topology.names("shardings", "name").forEach(n -> entities.add(n.text()));
        for (String order : ORDERS) {
          checkOrder(doc, topology.text("name"), order, topology.get("orders"), entities, reporter);
        }
      }
    }
  }

  private static void checkOrder(
      SourceDocument doc,
      String topology,
      String order,
      Located orders,
      Set<String> entities,
      Reporter reporter) {
    List<Located> stages = orders.strings(order);
    if (stages.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Located stage : stages) {
      for (String part : stage.text().split(",", -1)) {
        String name = part.trim();
        if (!entities.contains(name)) {
          reporter.value(
              Code.KB3009,
              doc,
              stage.pointer(),
              order + " order of topology '" + topology + "' names unknown '" + name + "'",
              hint(name, entities));
        } else if (!seen.add(name)) {
          reporter.value(
              Code.KB3010,
              doc,
              stage.pointer(),
              order + " order of topology '" + topology + "' names '" + name + "' twice",
              "each component and sharding appears in exactly one stage");
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (String entity : entities) {
      if (!seen.contains(entity)) {
        missing.add(entity);
      }
    }
    if (!missing.isEmpty()) {
      reporter.key(
          Code.KB3008,
          doc,
          orders.get(order).pointer(),
          order + " order of topology '" + topology + "' leaves out " + String.join(", ", missing),
          "a non-empty order must list every component and sharding of the topology");
    }
  }

  private static String hint(String name, Set<String> entities) {
    String hint = DidYouMean.hint(name, entities);
    return hint.isEmpty()
        ? "the topology's components and shardings are " + String.join(", ", entities)
        : hint;
  }
}
