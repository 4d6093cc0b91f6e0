package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * KB4052: an account the ComponentDefinition marks {@code initAccount} is created with the database
 * itself, so a component cannot disable it.
 */
public final class ClusterInitAccountDisabledCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      if (slot.definition().isEmpty()) {
        continue;
      }
      List<JsonNode> defined = Nodes.items(DefinitionNames.spec(slot), "systemAccounts");
      List<JsonNode> accounts = Nodes.items(slot.spec(), "systemAccounts");
      for (int j = 0; j < accounts.size(); j++) {
        String name = Nodes.text(accounts.get(j), "name");
        boolean init =
            defined.stream()
                .anyMatch(
                    a -> Nodes.text(a, "name").equals(name) && Nodes.isTrue(a, "initAccount"));
        if (init && Nodes.isTrue(accounts.get(j), "disabled")) {
          reporter.value(
              Code.KB4052,
              layout.cluster(),
              slot.at("/systemAccounts/" + j + "/disabled"),
              "system account '" + name + "' is an init account and cannot be disabled",
              "remove 'disabled: true'");
        }
      }
    }
  }
}
