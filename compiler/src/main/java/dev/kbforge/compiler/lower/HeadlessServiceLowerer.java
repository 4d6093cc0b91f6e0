package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.Target;
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
 * The headless Service {@code <cluster>-<comp>-headless} that gives every pod its DNS name, for the
 * StatefulSet target only. On the InstanceSet target it is the InstanceSet controller's assistant
 * object: the controller creates it, owns it and rewrites it on every reconcile, so the tree leaves
 * it out (two owners would fight over it). Here it is built as that controller builds it
 * (pkg/controller/instanceset/object_builder.go, buildHeadlessSvc), so a tree moved between targets
 * gets the same Service: clusterIP None, publishNotReadyAddresses, one port per container port of
 * the pod template (kbagent's included), named after the port, or {@code <protocol>-<port>} for an
 * unnamed one or a repeated name, with no targetPort (Kubernetes then targets the port number).
 * Skipped when the ComponentDefinition sets {@code disableDefaultHeadlessService}.
 */
public final class HeadlessServiceLowerer implements Lowerer {
  /** ITS annotations with this key suffix are copied onto the headless Service without it. */
  static final String HEADLESS_ANNOTATION_SUFFIX = ".headless.its";

  static final String WORKLOAD_MANAGED_BY_VALUE = "InstanceSet";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (c.cluster().options().target() != Target.STATEFULSET
        || Nodes.isTrue(c.definitionSpec(), "disableDefaultHeadlessService")) {
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
   * One Service port per container port of the pod's containers, the exporter left out when the
   * Cluster disables it (as the pod leaves it out), kbagent's two last when the pod has kbagent. A
   * second port with the same number and protocol would make the Service invalid: {@link
   * Code#KB5353}.
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
    ObjectNode pod = Manifests.NODES.objectNode();
    ArrayNode podContainers = pod.putArray("containers");
    JsonNode containers = c.definitionSpec().path("runtime").path("containers");
    for (int i = 0; i < containers.size(); i++) {
      JsonNode container = containers.get(i);
      if (!exporter.isEmpty() && exporter.equals(Nodes.text(container, "name"))) {
        continue;
      }
      podContainers.add(container);
      JsonNode containerPorts = container.path("ports");
      for (int j = 0; j < containerPorts.size(); j++) {
        JsonNode port = containerPorts.get(j);
        if (!port.path("containerPort").isIntegralNumber()) {
          continue; // the schema requires it; nothing to publish without it
        }
        int number = port.path("containerPort").asInt();
        String protocol =
            Nodes.text(port, "protocol").isEmpty() ? "TCP" : Nodes.text(port, "protocol");
        add(ports, Nodes.text(port, "name"), number, protocol, names);
        if (!numbers.add(number + "/" + protocol)) {
          reporter.value(
              Code.KB5353,
              cmpd,
              "/spec/runtime/containers/" + i + "/ports/" + j,
              "container port "
                  + number
                  + "/"
                  + protocol
                  + " repeats the number and protocol of another container port; the headless"
                  + " Service would be rejected",
              "give every container port of the pod its own number");
        }
      }
    }
    if (KbAgentActions.needed(c)) {
      // the pod builder reports a port conflict; here only the numbers matter
      int[] agent = KbAgentPorts.allocate(c, pod, new Reporter());
      if (agent.length == 2) {
        add(ports, "http", agent[0], "TCP", names);
        add(ports, "streaming", agent[1], "TCP", names);
      }
    }
    return ports;
  }

  private static void add(
      ArrayNode ports, String name, int number, String protocol, Set<String> names) {
    ObjectNode servicePort = ports.addObject();
    servicePort.put(
        "name",
        !name.isEmpty() && names.add(name)
            ? name
            : protocol.toLowerCase(Locale.ROOT) + "-" + number);
    servicePort.put("port", number);
    servicePort.put("protocol", protocol);
  }
}
