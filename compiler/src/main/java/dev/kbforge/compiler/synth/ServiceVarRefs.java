package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.ComponentServices.Service;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code serviceVarRef}: a Service's host (its name; pod Services comma-joined), a port by name
 * ({@code svc1:port1,svc2:port2} for pod Services), its type, or its load balancer address. A node
 * port or a load balancer address is allocated when the Service is created, so kbforge cannot know
 * it (KB5223) unless the ComponentDefinition fixes the {@code nodePort}.
 */
final class ServiceVarRefs {
  private ServiceVarRefs() {}

  static RawVars resolve(VarScope scope, JsonNode ref) {
    String name = Nodes.text(ref, "name");
    String what = name.isEmpty() ? "the default Service" : "Service '" + name + "'";
    ObjectVars.Lookup<Service> lookup = c -> ComponentServices.find(c, name);
    if (ref.has("serviceType")) {
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(ref, "serviceType"),
          lookup,
          (c, s) -> VarValue.text(s.type()));
    }
    if (ref.has("host")) {
      boolean adaptive = ref.has("loadBalancer");
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(ref, "host"),
          lookup,
          (c, s) ->
              adaptive && s.type().equals("LoadBalancer")
                  ? loadBalancer(s)
                  : VarValue.text(String.join(",", s.names())));
    }
    if (ref.has("port")) {
      JsonNode port = ref.path("port");
      return ObjectVars.resolve(
          scope,
          what,
          ref,
          Nodes.text(port, "option"),
          lookup,
          (c, s) -> port(s, Nodes.text(port, "name")));
    }
    if (ref.has("loadBalancer")) {
      return ObjectVars.resolve(
          scope, what, ref, Nodes.text(ref, "loadBalancer"), lookup, (c, s) -> loadBalancer(s));
    }
    return RawVars.empty();
  }

  private static VarValue loadBalancer(Service s) {
    if (!s.type().equals("LoadBalancer")) {
      return VarValue.missing();
    }
    return new VarValue.Unknown(
        Code.KB5223,
        "the load balancer address of Service '" + s.name() + "' is known only at run time");
  }

  /**
   * The named port (or the only port, when it or the request has no name): its {@code port}, or its
   * {@code nodePort} for NodePort and LoadBalancer Services.
   */
  static VarValue port(Service s, String portName) {
    JsonNode chosen = null;
    for (JsonNode p : s.ports()) {
      if (Nodes.text(p, "name").equals(portName)) {
        chosen = p;
        break;
      }
    }
    if (chosen == null
        && s.ports().size() == 1
        && (Nodes.text(s.ports().get(0), "name").isEmpty() || portName.isEmpty())) {
      chosen = s.ports().get(0);
    }
    if (chosen == null) {
      return VarValue.missing();
    }
    long number = Nodes.integer(chosen, s.allocatesNodePorts() ? "nodePort" : "port", 0);
    if (number <= 0) {
      return s.allocatesNodePorts()
          ? new VarValue.Unknown(
              Code.KB5223,
              "the "
                  + s.type()
                  + " Service's node port is allocated when it is created; "
                  + "it is left out")
          : VarValue.missing();
    }
    if (s.pods().isEmpty()) {
      return VarValue.text(Long.toString(number));
    }
    List<String> items = new ArrayList<>();
    s.pods().forEach(pod -> items.add(pod + ":" + number));
    return VarValue.text(String.join(",", items));
  }
}
