package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reports entries of a component's list ({@code services}, {@code systemAccounts}, {@code configs})
 * whose name the chosen ComponentDefinition does not define in its list of the same name.
 */
final class DefinedNames {
  private DefinedNames() {}

  static void check(ClusterLayout layout, String field, Code code, String what, Reporter reporter) {
    check(layout, field, code, what, "", reporter);
  }

  /**
   * As {@link #check(ClusterLayout, String, Code, String, Reporter)}, with {@code consequence}
   * appended to each message (what happens to such an entry).
   */
  static void check(
      ClusterLayout layout,
      String field,
      Code code,
      String what,
      String consequence,
      Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      if (slot.definition().isEmpty()) {
        continue;
      }
      List<String> defined = DefinitionNames.of(slot, field);
      List<JsonNode> items = Nodes.items(slot.spec(), field);
      for (int j = 0; j < items.size(); j++) {
        String name = Nodes.text(items.get(j), "name");
        if (!name.isEmpty() && !defined.contains(name)) {
          String cmpd = slot.definition().get().name();
          reporter.value(
              code,
              layout.cluster(),
              slot.at("/" + field + "/" + j + "/name"),
              what
                  + " '"
                  + name
                  + "' is not defined by ComponentDefinition '"
                  + cmpd
                  + "'"
                  + consequence,
              ClusterHints.unknown(name, defined, what + "s of '" + cmpd + "'"));
        }
      }
    }
  }
}
