package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The component's {@code workloads.kubeblocks.io/v1} InstanceSet {@code <cluster>-<comp>}, as
 * KubeBlocks' BuildInstanceSet makes it (reference sections 5, 6.3 and 6.4). Emits nothing unless
 * the target is {@link Target#INSTANCESET}.
 */
public final class InstanceSetLowerer implements Lowerer {
  public static final String API_VERSION = "workloads.kubeblocks.io/v1";
  public static final String KIND = "InstanceSet";

  /** Cluster component fields copied to the InstanceSet spec unchanged when set. */
  private static final List<String> FROM_COMPONENT =
      List.of("instanceUpdateStrategy", "offlineInstances", "flatInstanceOrdinal", "ordinals");

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (c.cluster().options().target() != Target.INSTANCESET) {
      return List.of();
    }
    Map<String, String> annotations = WorkloadParts.annotations(c);
    // no kbagent in the tree: the role probe rides along for kb roles to run
    RoleAnnotations.putForInstanceSet(c, annotations);
    ObjectNode its =
        Manifests.object(
            API_VERSION,
            KIND,
            c.fullName(),
            c.cluster().namespace(),
            Labels.component(c),
            annotations);
    ObjectNode spec = its.putObject("spec");
    JsonNode cmpd = c.definitionSpec();
    JsonNode comp = c.spec();
    spec.put("replicas", c.replicas());
    Manifests.copy(cmpd, "minReadySeconds", spec);
    spec.set("selector", Manifests.selector(c));
    spec.set("template", PodTemplateBuilder.build(context));
    if (Manifests.present(comp.path("volumeClaimTemplates"))) {
      spec.set(
          "volumeClaimTemplates", WorkloadParts.claims(comp.path("volumeClaimTemplates"), true));
    }
    spec.set("persistentVolumeClaimRetentionPolicy", WorkloadParts.retentionPolicy(c));
    spec.put("podManagementPolicy", WorkloadParts.podManagementPolicy(c));
    if (comp.has("parallelPodManagementConcurrency")) {
      Manifests.copy(comp, "parallelPodManagementConcurrency", spec);
    } else {
      spec.put("parallelPodManagementConcurrency", "100%");
    }
    putIfSet(spec, "podUpdatePolicy", podUpdatePolicy(c));
    putIfSet(spec, "podUpgradePolicy", firstSet(comp, cmpd, "podUpgradePolicy"));
    FROM_COMPONENT.forEach(field -> Manifests.copy(comp, field, spec));
    String memberUpdate = Nodes.text(cmpd, "updateStrategy");
    spec.put("memberUpdateStrategy", memberUpdate.isEmpty() ? "Serial" : memberUpdate);
    if (Manifests.present(cmpd.path("roles"))) {
      spec.set("roles", cmpd.path("roles").deepCopy());
    }
    if (Manifests.present(comp.path("instances"))) {
      spec.set("instances", InstanceTemplates.lower(c, context.reporter()));
    }
    ObjectNode actions = lifecycleActions(c, context.vars().plain());
    if (!actions.isEmpty()) {
      spec.set("lifecycleActions", actions);
    }
    if (Nodes.isTrue(cmpd, "disableDefaultHeadlessService")) {
      spec.put("disableDefaultHeadlessService", true);
    }
    return List.of(its);
  }

  /** A cmpd ReCreate always wins; else the component's policy, else the cmpd's. */
  private static String podUpdatePolicy(SynthesizedComponent c) {
    String fromDefinition = Nodes.text(c.definitionSpec(), "podUpdatePolicy");
    if ("ReCreate".equals(fromDefinition)) {
      return fromDefinition;
    }
    return firstSet(c.spec(), c.definitionSpec(), "podUpdatePolicy");
  }

  private static String firstSet(JsonNode first, JsonNode second, String field) {
    String value = Nodes.text(first, field);
    return value.isEmpty() ? Nodes.text(second, field) : value;
  }

  private static void putIfSet(ObjectNode spec, String field, String value) {
    if (!value.isEmpty()) {
      spec.put(field, value);
    }
  }

  /**
   * {@code templateVars} (the plain vars) and the cmpd's switchover and reconfigure actions, their
   * exec image replaced by the one chosen for that action.
   */
  private static ObjectNode lifecycleActions(SynthesizedComponent c, Map<String, String> vars) {
    ObjectNode actions = Manifests.NODES.objectNode();
    if (!vars.isEmpty()) {
      Manifests.putMap(actions, "templateVars", vars);
    }
    for (String name : List.of("switchover", "reconfigure")) {
      JsonNode action = c.definitionSpec().path("lifecycleActions").path(name);
      if (action.isObject()) {
        ObjectNode copy = ((ObjectNode) action).deepCopy();
        String image = actionImage(c, name);
        if (!image.isEmpty() && copy.path("exec") instanceof ObjectNode exec) {
          exec.put("image", image);
        }
        actions.set(name, copy);
      }
    }
    return actions;
  }

  private static String actionImage(SynthesizedComponent c, String action) {
    for (Map.Entry<String, String> e : c.images().entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(action.toLowerCase(Locale.ROOT))) {
        return e.getValue();
      }
    }
    return "";
  }
}
