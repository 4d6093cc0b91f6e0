package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Cluster component's {@code instances[]} as InstanceSet instance templates: the fields both
 * share are copied, claims become PersistentVolumeClaims, {@code replicas} is explicit (1 when
 * unset).
 *
 * <p>A template's own serviceVersion or compDef would need a resolution of its own (KubeBlocks
 * turns it into {@code images}); kbforge does not resolve it, warns, and the template runs the
 * component's images.
 */
final class InstanceTemplates {
  private static final List<String> COPIED =
      List.of("ordinals", "annotations", "labels", "schedulingPolicy", "resources", "env");

  private InstanceTemplates() {}

  static ArrayNode lower(SynthesizedComponent c, Reporter reporter) {
    ArrayNode out = Manifests.NODES.arrayNode();
    JsonNode instances = c.spec().path("instances");
    for (int i = 0; i < instances.size(); i++) {
      JsonNode instance = instances.get(i);
      ObjectNode template = out.addObject();
      Manifests.copy(instance, "name", template);
      JsonNode replicas = instance.path("replicas");
      template.put("replicas", replicas.isIntegralNumber() ? replicas.asInt() : 1);
      for (String field : COPIED) {
        Manifests.copy(instance, field, template);
      }
      JsonNode claims = instance.path("volumeClaimTemplates");
      if (Manifests.present(claims)) {
        template.set("volumeClaimTemplates", WorkloadParts.claims(claims, true));
      }
      warnUnresolved(c, i, instance, "serviceVersion", c.serviceVersion(), reporter);
      if (!instance.path("compDef").equals(c.spec().path("componentDef"))) {
        warnUnresolved(c, i, instance, "compDef", c.definitionName(), reporter);
      }
    }
    return out;
  }

  private static void warnUnresolved(
      SynthesizedComponent c,
      int index,
      JsonNode instance,
      String field,
      String componentValue,
      Reporter reporter) {
    String value = instance.path(field).asString("");
    if (!value.isEmpty() && !value.equals(componentValue)) {
      reporter.key(
          Code.KB5305,
          c.cluster().document(),
          c.specPointer() + "/instances/" + index + "/" + field,
          "instance template " + field + " '" + value + "' is not resolved",
          "the template's pods run the component's " + field + " '" + componentValue + "'");
    }
  }
}
