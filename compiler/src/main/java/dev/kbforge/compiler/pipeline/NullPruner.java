package dev.kbforge.compiler.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drops mapping entries whose value is null ({@code storageClassName:} with nothing after it), as
 * the Kubernetes API server does for fields that are not nullable: such a field counts as absent.
 */
final class NullPruner {
  private NullPruner() {}

  static void prune(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (entry.getValue().isNull()) {
          nulls.add(entry.getKey());
        } else {
          prune(entry.getValue());
        }
      }
      nulls.forEach(object::remove);
    } else if (node.isArray()) {
      node.forEach(NullPruner::prune);
    }
  }
}
