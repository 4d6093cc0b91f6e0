package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.PodNames;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Services of the ComponentDefinition's {@code services[]} (reference sections 2.3, 6.2, 6.3;
 * KubeBlocks' component service transformer): {@code <cluster>-<comp>-<serviceName>}, or one per
 * pod for a podService. A service the Cluster lists in the component's {@code services[]} takes its
 * serviceType, annotations and podService from there and is created even when the definition sets
 * {@code disableAutoProvision}.
 */
public final class ComponentServiceLowerer implements Lowerer {
  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    Map<String, JsonNode> overrides = new HashMap<>();
    for (JsonNode override : c.spec().path("services")) {
      overrides.putIfAbsent(Nodes.text(override, "name"), override);
    }
    List<ObjectNode> services = new ArrayList<>();
    for (JsonNode definition : c.definitionSpec().path("services")) {
      ServiceSpec service =
          ServiceSpec.of(definition, overrides.get(Nodes.text(definition, "name")));
      String serviceName = Nodes.text(definition, "serviceName");
      if (service.disabled() || Names.service(c, serviceName).equals(Names.headlessService(c))) {
        continue; // not provisioned, or the default headless Service (the workload's)
      }
      if (service.podService()) {
        // one Service per pod; a podService ignores roleSelector
        for (String pod : PodNames.of(c)) {
          String suffix = pod.substring(c.fullName().length() + 1);
          add(context, services, Names.podService(c, serviceName, suffix), service, pod, "");
        }
      } else {
        String name = Names.service(c, serviceName);
        add(context, services, name, service, "", Nodes.text(definition, "roleSelector"));
      }
    }
    return services;
  }

  private static void add(
      LoweringContext context,
      List<ObjectNode> services,
      String name,
      ServiceSpec service,
      String podName,
      String role) {
    SynthesizedComponent c = context.component();
    if (!ServiceNames.checkServiceName(
        name, context.reporter(), c.cluster().document(), c.specPointer() + "/name")) {
      return;
    }
    Map<String, String> annotations = Labels.definitionAnnotations(c);
    annotations.putAll(service.annotations());
    ObjectNode object =
        Manifests.object(
            "v1", "Service", name, c.cluster().namespace(), Labels.component(c), annotations);
    // KubeBlocks' order: the spec's own selector, the pod name, the built-in selector, the role
    Map<String, String> selector = service.selector();
    if (!podName.isEmpty()) {
      selector.put(Labels.POD_NAME, podName);
    }
    selector.putAll(Labels.selector(c));
    if (!role.isEmpty()) {
      selector.put(Labels.ROLE, role);
    }
    object.set("spec", service.build(selector, true));
    services.add(object);
  }
}
