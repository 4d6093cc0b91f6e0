package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** KB4004: a system account's secretRefRevision requires its secretRef (CEL rule). */
public final class ClusterSecretRefRevisionCheck extends ClusterLayoutCheck {
  @Override
  void check(ClusterLayout layout, Reporter reporter) {
    for (ComponentSlot slot : layout.componentSpecs()) {
      List<JsonNode> accounts = Nodes.items(slot.spec(), "systemAccounts");
      for (int j = 0; j < accounts.size(); j++) {
        JsonNode account = accounts.get(j);
        if (!Nodes.text(account, "secretRefRevision").isEmpty() && !account.has("secretRef")) {
          reporter.key(
              Code.KB4004,
              layout.cluster(),
              slot.at("/systemAccounts/" + j + "/secretRefRevision"),
              "system account '"
                  + Nodes.text(account, "name")
                  + "' sets secretRefRevision without secretRef",
              "secretRefRevision names a revision of the Secret in secretRef: add secretRef");
        }
      }
    }
  }
}
