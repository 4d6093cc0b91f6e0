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

  /**
   * The ServiceAccount the InstanceSet's pods run as, which KubeBlocks' rbac transformer puts on a
   * new InstanceSet (controllers/apps/component/transformer_component_rbac.go) and its controller
   * keeps (pkg/controller/instanceset/reconciler_status.go).
   */
  static final String SERVICE_ACCOUNT_IN_USE = "workloads.kubeblocks.io/service-account-in-use";

  private static final String RECREATE = "ReCreate";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (c.cluster().options().target() != Target.INSTANCESET) {
      return List.of();
    }
    Map<String, String> annotations = WorkloadParts.annotations(c);
    if (!KbAgentActions.needed(c)) {
      // no kbagent in the pod (no lifecycle actions): kb roles reads the roles from here
      RoleAnnotations.putForInstanceSet(c, annotations);
    }
    if (Names.needsServiceAccount(c) && Nodes.text(c.spec(), "serviceAccountName").isEmpty()) {
      annotations.put(SERVICE_ACCOUNT_IN_USE, Names.serviceAccount(c));
    }
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
    spec.put("podUpdatePolicy", podUpdatePolicy(c));
    spec.put("podUpgradePolicy", podUpgradePolicy(c));
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
    if (StopRequest.stopped(c)) {
      spec.put("stop", true); // the InstanceSet controller deletes the pods, keeps the claims
    }
    if (Nodes.isTrue(cmpd, "disableDefaultHeadlessService")) {
      spec.put("disableDefaultHeadlessService", true);
    }
    return List.of(its);
  }

  /**
   * A cmpd ReCreate always wins; else the component's policy, else PreferInPlace (KubeBlocks'
   * getPodUpdatePolicy, pkg/controller/component/synthesize_component.go: a cmpd policy other than
   * ReCreate is not a default).
   */
  private static String podUpdatePolicy(SynthesizedComponent c) {
    if (RECREATE.equals(Nodes.text(c.definitionSpec(), "podUpdatePolicy"))) {
      return RECREATE;
    }
    return orPreferInPlace(Nodes.text(c.spec(), "podUpdatePolicy"));
  }

  /**
   * The cmpd's podUpgradePolicy (else its podUpdatePolicy) when ReCreate; else the component's
   * podUpgradePolicy, else its podUpdatePolicy, else PreferInPlace (getPodUpgradePolicy).
   */
  private static String podUpgradePolicy(SynthesizedComponent c) {
    String fromDefinition = Nodes.text(c.definitionSpec(), "podUpgradePolicy");
    if (fromDefinition.isEmpty()) {
      fromDefinition = Nodes.text(c.definitionSpec(), "podUpdatePolicy");
    }
    if (RECREATE.equals(fromDefinition)) {
      return RECREATE;
    }
    String own = Nodes.text(c.spec(), "podUpgradePolicy");
    return orPreferInPlace(own.isEmpty() ? Nodes.text(c.spec(), "podUpdatePolicy") : own);
  }

  private static String orPreferInPlace(String policy) {
    return policy.isEmpty() ? "PreferInPlace" : policy;
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
