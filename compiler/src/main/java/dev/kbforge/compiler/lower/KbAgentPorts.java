package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * kbagent's two ports, chosen as KubeBlocks' getAvailablePorts does
 * (pkg/controller/component/kbagent.go): 3501 and 3502, or for each the next number no container of
 * the pod uses (wrapping from 65535 to 1025). Two containers declaring the same port make
 * KubeBlocks fail the component: {@link Code#KB5605}.
 */
final class KbAgentPorts {
  static final int MIN = 1025;
  static final int MAX = 65535;

  private KbAgentPorts() {}

  /** {@code [http, streaming]}, or an empty array after reporting a conflict. */
  static int[] allocate(SynthesizedComponent c, JsonNode pod, Reporter reporter) {
    Set<Integer> inUse = new HashSet<>();
    for (JsonNode container : pod.path("containers")) {
      for (JsonNode port : container.path("ports")) {
        int number = port.path("containerPort").asInt(0);
        if (!inUse.add(number)) {
          reportConflict(c, number, reporter);
          return new int[0];
        }
      }
    }
    int http = next(KbAgentContainers.HTTP_PORT, inUse);
    int streaming = next(KbAgentContainers.STREAMING_PORT, inUse);
    return new int[] {http, streaming};
  }

  /** The first free port from {@code port} on; marks it used. */
  static int next(int port, Set<Integer> inUse) {
    int p = port < MIN || port > MAX ? MIN : port;
    int start = p;
    while (inUse.contains(p)) {
      p = p == MAX ? MIN : p + 1;
      if (p == start) {
        throw new IllegalStateException("no free port"); // 64511 ports in one pod: not reachable
      }
    }
    inUse.add(p);
    return p;
  }

  private static void reportConflict(SynthesizedComponent c, int number, Reporter reporter) {
    String pointer = "/spec/runtime/containers";
    int seen = 0;
    JsonNode containers = c.definitionSpec().path("runtime").path("containers");
    search:
    for (int i = 0; i < containers.size(); i++) {
      JsonNode ports = containers.get(i).path("ports");
      for (int j = 0; j < ports.size(); j++) {
        if (ports.get(j).path("containerPort").asInt(0) == number && ++seen == 2) {
          pointer = "/spec/runtime/containers/" + i + "/ports/" + j + "/containerPort";
          break search;
        }
      }
    }
    reporter.value(
        Code.KB5605,
        c.definition(),
        pointer,
        "containerPort " + number + " is declared by two containers of the pod",
        "KubeBlocks cannot choose kbagent's ports then and fails the component; give every"
            + " container port its own number");
  }
}
