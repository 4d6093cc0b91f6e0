package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pod template of a component's workload, assembled as KubeBlocks' component controller does
 * (reference 6.4), shared by the InstanceSet and the StatefulSet.
 *
 * <p>kbagent joins the pod where KubeBlocks injects it ({@link KbAgentContainers}), after the
 * images are chosen and before the mounts get their emptyDirs, the component env and the vars (so
 * kbagent's containers get those too, as in KubeBlocks' synthesizer).
 *
 * <p>Left out on purpose: {@code hostname}/{@code subdomain} (set by the workload controllers per
 * pod), TLS volumes, host port allocation and the sizeLimit of memory-backed emptyDirs.
 */
public final class PodTemplateBuilder {
  /**
   * Pod template annotation whose value changes with any rendered template whose change restarts
   * the pods ({@link WorkloadConfigs#rolling}), so that they roll.
   */
  public static final String CONFIG_CHECKSUM = "kbforge.dev/config-checksum";

  private PodTemplateBuilder() {}

  /** {@code {metadata: {labels, annotations}, spec}}; problems go to the context's reporter. */
  public static ObjectNode build(LoweringContext context) {
    ObjectNode template = Manifests.NODES.objectNode();
    ObjectNode metadata = template.putObject("metadata");
    Manifests.putMap(metadata, "labels", Labels.pod(context.component()));
    Manifests.putMap(metadata, "annotations", annotations(context));
    template.set("spec", spec(context));
    return template;
  }

  /** The PodSpec alone, in the order of reference 6.4. */
  public static ObjectNode spec(LoweringContext context) {
    SynthesizedComponent c = context.component();
    JsonNode runtime = c.definitionSpec().path("runtime");
    ObjectNode pod =
        runtime.isObject() ? ((ObjectNode) runtime).deepCopy() : Manifests.NODES.objectNode();
    PodContainers.removeDisabledExporter(c, pod);
    PodPlacement.applyScheduling(c, pod);
    PodContainers.applyResources(c, pod);
    PodVolumes.appendComponentVolumes(c, pod, context.reporter());
    PodPlacement.applyNetwork(c, pod);
    PodPlacement.applyRuntimeClass(c, pod);
    PodContainers.applyImages(c, pod);
    KbAgentContainers.inject(c, pod, context.reporter());
    PodVolumes.addEmptyDirs(c, pod);
    PodContainers.appendComponentEnv(c, pod);
    PodContainers.applyVars(c, context.vars(), pod);
    TemplateVolumes.apply(c, context.templates(), pod);
    applyServiceAccount(c, pod);
    return pod;
  }

  /** The Cluster's serviceAccountName wins; else the component's own account when it has one. */
  private static void applyServiceAccount(SynthesizedComponent c, ObjectNode pod) {
    String user = Nodes.text(c.spec(), "serviceAccountName");
    if (!user.isEmpty()) {
      pod.put("serviceAccountName", user);
    } else if (Names.needsServiceAccount(c)) {
      pod.put("serviceAccountName", Names.serviceAccount(c));
    }
  }

  private static Map<String, String> annotations(LoweringContext context) {
    Map<String, String> annotations = Labels.definitionAnnotations(context.component());
    String checksum =
        TemplateVolumes.checksum(WorkloadConfigs.rolling(context.component(), context.templates()));
    if (!checksum.isEmpty()) {
      annotations.put(CONFIG_CHECKSUM, checksum);
    }
    return annotations;
  }
}
