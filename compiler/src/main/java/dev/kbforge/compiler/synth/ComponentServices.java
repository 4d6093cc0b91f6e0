package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Services KubeBlocks creates for a component, as far as vars need them: name, type, ports and,
 * for a {@code podService}, one Service per pod. A ComponentDefinition service is created unless it
 * sets {@code disableAutoProvision} and the Cluster component does not list it; a Cluster entry of
 * the same name overrides {@code serviceType} and {@code podService}.
 */
final class ComponentServices {
  /** The name a serviceVarRef uses for the default headless Service. */
  static final String HEADLESS = "headless";

  private ComponentServices() {}

  /**
   * A Service of the component.
   *
   * @param name the Service object name
   * @param type ClusterIP, NodePort, LoadBalancer...
   * @param pods the per-pod Service names for a podService (sorted), else empty
   * @param ports the {@code spec.ports} items
   */
  record Service(String name, String type, List<String> pods, List<JsonNode> ports) {
    /** The Service names the var sees: the pod Services, or the Service itself. */
    List<String> names() {
      return pods.isEmpty() ? List.of(name) : pods;
    }

    boolean allocatesNodePorts() {
      return type.equals("NodePort") || type.equals("LoadBalancer");
    }
  }

  /**
   * The Service a serviceVarRef {@code name} means: {@code headless}, {@code ""} (the default
   * component Service), or a ComponentDefinition service name. Empty when the component has none.
   */
  static Optional<Service> find(SynthesizedComponent c, String refName) {
    if (refName.equals(HEADLESS)) {
      return Optional.of(headless(c));
    }
    for (JsonNode svc : Nodes.items(c.definitionSpec(), "services")) {
      boolean matches =
          refName.isEmpty()
              ? Nodes.text(svc, "serviceName").isEmpty()
              : Nodes.text(svc, "name").equals(refName);
      if (matches) {
        return provisioned(c, svc);
      }
    }
    return Optional.empty();
  }

  private static Optional<Service> provisioned(SynthesizedComponent c, JsonNode svc) {
    String name = Nodes.text(svc, "name");
    Optional<JsonNode> listed =
        Nodes.items(c.spec(), "services").stream()
            .filter(s -> Nodes.text(s, "name").equals(name))
            .findFirst();
    if (Nodes.isTrue(svc, "disableAutoProvision") && listed.isEmpty()) {
      return Optional.empty();
    }
    String type = Nodes.text(svc.path("spec"), "type");
    boolean podService = Nodes.isTrue(svc, "podService");
    if (listed.isPresent()) {
      type =
          Nodes.text(listed.get(), "serviceType").isEmpty()
              ? type
              : Nodes.text(listed.get(), "serviceType");
      if (listed.get().path("podService").isBoolean()) {
        podService = listed.get().path("podService").asBoolean();
      }
    }
    String serviceName = Nodes.text(svc, "serviceName");
    String objectName = serviceName.isEmpty() ? c.fullName() : c.fullName() + "-" + serviceName;
    List<String> pods = new ArrayList<>();
    if (podService) {
      for (String pod : PodNames.of(c)) {
        pods.add(objectName + "-" + pod.substring(c.fullName().length() + 1));
      }
      pods.sort(String::compareTo);
    }
    return Optional.of(
        new Service(
            objectName,
            type.isEmpty() ? "ClusterIP" : type,
            pods,
            Nodes.items(svc.path("spec"), "ports")));
  }

  /**
   * {@code <fullName>-headless}: every container port, named by its name or {@code <proto>-<port>}.
   */
  private static Service headless(SynthesizedComponent c) {
    List<JsonNode> ports = new ArrayList<>();
    for (JsonNode container : Nodes.items(c.definitionSpec().path("runtime"), "containers")) {
      for (JsonNode port : Nodes.items(container, "ports")) {
        long number = Nodes.integer(port, "containerPort", 0);
        String protocol =
            Nodes.text(port, "protocol").isEmpty() ? "TCP" : Nodes.text(port, "protocol");
        String name = Nodes.text(port, "name");
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("name", name.isEmpty() ? protocol.toLowerCase(Locale.ROOT) + "-" + number : name);
        p.put("port", number);
        ports.add(p);
      }
    }
    return new Service(c.fullName() + "-headless", "ClusterIP", List.of(), ports);
  }
}
