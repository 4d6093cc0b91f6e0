package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ConfigMap {@code <cluster>-<comp>-env} holding the component's plain vars (reference section
 * 6.5), which every container loads with envFrom. Emitted even when empty, as KubeBlocks does: the
 * pods reference it as not optional.
 */
public final class EnvConfigMapLowerer implements Lowerer {
  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    ObjectNode configMap =
        Manifests.object(
            "v1",
            "ConfigMap",
            Names.envConfigMap(c),
            c.cluster().namespace(),
            Labels.component(c),
            Map.of());
    configMap.set("data", Manifests.strings(context.vars().plain()));
    return List.of(configMap);
  }
}
