package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.Check;
import java.util.Set;

/**
 * hostNetwork.containerPorts names containers (or init containers) of the runtime (KB3132), and
 * each port is a named port of that container (KB3133): host ports are allocated per named port.
 */
public final class HostNetworkPortsCheck implements Check {
  @Override
  public void run(InputSet inputs, Reporter reporter) {
    for (SourceDocument doc : inputs.of(Kind.COMPONENT_DEFINITION)) {
      CmpdFacts facts = CmpdFacts.of(doc);
      for (Located entry : Located.spec(doc).get("hostNetwork").items("containerPorts")) {
        Located container = entry.get("container");
        String name = container.text();
        if (name.isEmpty()) {
          continue;
        }
        Set<String> ports = facts.containers().get(name);
        if (ports == null) {
          ports = facts.initContainers().get(name);
        }
        if (ports == null) {
          reporter.value(
              Code.KB3132,
              doc,
              container.pointer(),
              "hostNetwork names container '" + name + "', which is not in the runtime",
              Hints.unknown(name, "container", facts.containers().keySet()));
          continue;
        }
        for (Located port : entry.strings("ports")) {
          if (!ports.contains(port.text())) {
            reporter.value(
                Code.KB3133,
                doc,
                port.pointer(),
                "port '" + port.text() + "' is not a named port of container '" + name + "'",
                Hints.unknown(port.text(), "port", ports));
          }
        }
      }
    }
  }
}
