package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The headless Service {@code <cluster>-<comp>-headless} that gives every pod its DNS name (the
 * InstanceSet controller's assistant object, reference sections 6.2 and 6.3): clusterIP None,
 * publishNotReadyAddresses, one port per container port of the pod, selecting the workload's pods.
 * Skipped when the ComponentDefinition sets {@code disableDefaultHeadlessService}.
 */
public final class HeadlessServiceLowerer implements Lowerer {
  /** ITS annotations with this key suffix are copied onto the headless Service without it. */
  static final String HEADLESS_ANNOTATION_SUFFIX = ".headless.its";

  static final String WORKLOAD_MANAGED_BY_VALUE = "InstanceSet";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (Nodes.isTrue(c.definitionSpec(), "disableDefaultHeadlessService")) {
      return List.of();
    }
    String name = Names.headlessService(c);
    if (!ServiceNames.checkServiceName(
        name, context.reporter(), c.cluster().document(), c.specPointer() + "/name")) {
      return List.of();
    }
    ObjectNode service =
        Manifests.object("v1", "Service", name, c.cluster().namespace(), labels(c), annotations(c));
    ObjectNode spec = service.putObject("spec");
    spec.put("clusterIP", "None");
    spec.put("publishNotReadyAddresses", true);
    spec.set("ports", ports(c, context.reporter()));
    spec.set("selector", Manifests.strings(Labels.selector(c)));
    return List.of(service);
  }

  /** The component's own labels plus the InstanceSet's, so inventories find it with the rest. */
  static Map<String, String> labels(SynthesizedComponent c) {
    Map<String, String> labels = Labels.base(c);
    labels.put(Labels.WORKLOAD_MANAGED_BY, WORKLOAD_MANAGED_BY_VALUE);
    labels.put(Labels.WORKLOAD_INSTANCE, c.fullName());
    return labels;
  }

  private static Map<String, String> annotations(SynthesizedComponent c) {
    Map<String, String> annotations = new TreeMap<>();
    Labels.definitionAnnotations(c)
        .forEach(
            (key, value) -> {
              if (key.endsWith(HEADLESS_ANNOTATION_SUFFIX)) {
                String bare = key.substring(0, key.length() - HEADLESS_ANNOTATION_SUFFIX.length());
                annotations.put(bare, value);
              }
            });
    return annotations;
  }

  /**
   * One Service port per container port of the runtime containers (the exporter container is left
   * out when the Cluster disables it, as the pod leaves it out): named after the port, or {@code
   * <protocol>-<port>} for an unnamed one. A second port with the same name, or the same number and
   * protocol, would make the Service invalid: {@link Code#KB5353}.
   */
  static ArrayNode ports(SynthesizedComponent c, Reporter reporter) {
    ArrayNode ports = Manifests.NODES.arrayNode();
    SourceDocument cmpd = c.definition();
    String exporter =
        Nodes.isTrue(c.spec(), "disableExporter")
            ? Nodes.text(c.definitionSpec().path("exporter"), "containerName")
            : "";
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    JsonNode containers = c.definitionSpec().path("runtime").path("containers");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode container = containers.get(i);
      if (!exporter.isEmpty() && exporter.equals(Nodes.text(container, "name"))) {
        continue;
      }
      JsonNode containerPorts = container.path("ports");
      for (int j = 0; j < containerPorts.size(); j++) {
        JsonNode port = containerPorts.get(j);
        if (!port.path("containerPort").isIntegralNumber()) {
          continue; // the schema requires it; nothing to publish without it
        }
        int number = port.path("containerPort").asInt();
        String protocol = Nodes.text(port, "protocol");
        protocol = protocol.isEmpty() ? "TCP" : protocol;
        String portName = Nodes.text(port, "name");
        ObjectNode servicePort = ports.addObject();
        if (portName.isEmpty()) {
          servicePort.put("name", protocol.toLowerCase(Locale.ROOT) + "-" + number);
          servicePort.put("port", number);
          servicePort.put("protocol", protocol);
          servicePort.put("targetPort", number);
        } else {
          servicePort.put("name", portName);
          servicePort.put("port", number);
          servicePort.put("protocol", protocol);
          servicePort.put("targetPort", portName);
        }
        String pointer = "/spec/runtime/containers/" + i + "/ports/" + j;
        if (!names.add(servicePort.path("name").asString())
            || !numbers.add(number + "/" + protocol)) {
          reporter.value(
              Code.KB5353,
              cmpd,
              pointer,
              "container port "
                  + servicePort.path("name").asString()
                  + " ("
                  + number
                  + "/"
                  + protocol
                  + ") repeats the name or number of another container port; the headless"
                  + " Service would be rejected",
              "give every container port of the pod its own name and number");
        }
      }
    }
    return ports;
  }
}
