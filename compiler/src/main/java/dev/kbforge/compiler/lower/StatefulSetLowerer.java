package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The component's {@code apps/v1} StatefulSet {@code <cluster>-<comp>}: the InstanceSet's pods on a
 * plain Kubernetes cluster (DESIGN section 5). Roles travel as annotations for the role labeler
 * ({@link RoleAnnotations}). Instance templates, ordinals and offline instances have no StatefulSet
 * form: they are dropped with a warning and the StatefulSet runs {@code replicas} identical pods.
 * Emits nothing unless the target is {@link Target#STATEFULSET}.
 */
public final class StatefulSetLowerer implements Lowerer {
  public static final String API_VERSION = "apps/v1";
  public static final String KIND = "StatefulSet";

  /** Cluster component fields a StatefulSet cannot express. */
  private static final List<String> NOT_EXPRESSIBLE =
      List.of("instances", "ordinals", "offlineInstances", "flatInstanceOrdinal");

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    if (c.cluster().options().target() != Target.STATEFULSET) {
      return List.of();
    }
    warnNotExpressible(c, context.reporter());
    Map<String, String> annotations = WorkloadParts.annotations(c);
    RoleAnnotations.put(c, annotations);
    KbAgentCallHints.putTemplateVars(c, context.vars().plain(), annotations);
    boolean roleOrdered = RoleOrderedUpdate.applies(c);
    if (roleOrdered) {
      annotations.put(RoleOrderedUpdate.ANNOTATION, "true");
    }
    ObjectNode sts =
        Manifests.object(
            API_VERSION,
            KIND,
            c.fullName(),
            c.cluster().namespace(),
            Labels.component(c),
            annotations);
    ObjectNode spec = sts.putObject("spec");
    JsonNode comp = c.spec();
    spec.put("serviceName", Names.headlessService(c));
    spec.put("replicas", StopRequest.stopped(c) ? 0 : c.replicas()); // stop: pods go, claims stay
    Manifests.copy(c.definitionSpec(), "minReadySeconds", spec);
    spec.set("selector", Manifests.selector(c));
    spec.set("template", PodTemplateBuilder.build(context));
    JsonNode claims = comp.path("volumeClaimTemplates");
    if (Manifests.present(claims)) {
      spec.set("volumeClaimTemplates", WorkloadParts.claims(claims, false));
    }
    spec.set("persistentVolumeClaimRetentionPolicy", WorkloadParts.retentionPolicy(c));
    spec.put("podManagementPolicy", WorkloadParts.podManagementPolicy(c));
    spec.set(
        "updateStrategy",
        roleOrdered
            ? RoleOrderedUpdate.strategy()
            : updateStrategy(comp.path("instanceUpdateStrategy")));
    return List.of(sts);
  }

  /** OnDelete when the component asks for it, else RollingUpdate with its maxUnavailable. */
  private static ObjectNode updateStrategy(JsonNode instanceUpdateStrategy) {
    ObjectNode strategy = Manifests.NODES.objectNode();
    if ("OnDelete".equals(Nodes.text(instanceUpdateStrategy, "type"))) {
      strategy.put("type", "OnDelete");
      return strategy;
    }
    strategy.put("type", "RollingUpdate");
    JsonNode rolling = instanceUpdateStrategy.path("rollingUpdate");
    if (rolling.has("maxUnavailable")) {
      Manifests.copy(rolling, "maxUnavailable", strategy.putObject("rollingUpdate"));
    }
    return strategy;
  }

  private static void warnNotExpressible(SynthesizedComponent c, Reporter reporter) {
    for (String field : NOT_EXPRESSIBLE) {
      JsonNode value = c.spec().path(field);
      boolean set = Manifests.present(value) || (value.isBoolean() && value.asBoolean());
      if (set) {
        reporter.key(
            Code.KB5302,
            c.cluster().document(),
            c.specPointer() + "/" + field,
            field + " cannot be expressed in a StatefulSet and is ignored",
            "the StatefulSet runs " + c.replicas() + " identical pods; use --target instanceset");
      }
    }
    JsonNode claims = c.spec().path("volumeClaimTemplates");
    for (int i = 0; i < claims.size(); i++) {
      if (!Nodes.text(claims.get(i), "persistentVolumeClaimName").isEmpty()) {
        reporter.key(
            Code.KB5303,
            c.cluster().document(),
            c.specPointer() + "/volumeClaimTemplates/" + i + "/persistentVolumeClaimName",
            "persistentVolumeClaimName cannot be expressed in a StatefulSet and is ignored",
            "the claims are named <claim>-<pod>");
      }
    }
  }
}
