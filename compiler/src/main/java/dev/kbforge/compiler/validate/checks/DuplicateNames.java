package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reports every item of a list whose {@code name} an earlier item already has. */
final class DuplicateNames {
  private DuplicateNames() {}

  static void report(
      SourceDocument doc,
      String arrayPointer,
      List<JsonNode> items,
      Code code,
      String what,
      Reporter reporter) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String name = Nodes.text(items.get(i), "name");
      if (name.isEmpty()) {
        continue;
      }
      Integer earlier = first.putIfAbsent(name, i);
      if (earlier != null) {
        String earlierPointer = arrayPointer + "/" + earlier + "/name";
        reporter.value(
            code,
            doc,
            arrayPointer + "/" + i + "/name",
            what + " '" + name + "' is defined twice",
            "first defined at line " + doc.valuePosition(earlierPointer).line());
      }
    }
  }
}
