package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.lower.Lowerer;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compile steps small enough to read at a glance, so orchestration tests do not depend on the real
 * synthesizer and lowerers: one component per resolved componentSpec, one var {@code PORT=6379},
 * and a lowerer that turns each rendered template into a ConfigMap (with its checksum).
 */
final class StubPhases {
  private StubPhases() {}

  static CompilePhases create() {
    Lowerer templates = StubPhases::templateConfigMaps;
    return new CompilePhases(
        reporter -> StubPhases::synthesize,
        reporter ->
            (component, cluster) ->
                new ResolvedVars(Map.of("PORT", "6379"), List.of(), Map.of("PORT", 6379L)),
        Map.of(Target.INSTANCESET, List.of(templates), Target.STATEFULSET, List.of(templates)),
        Map.of());
  }

  private static List<SynthesizedComponent> synthesize(
      ClusterLayout layout, RenderOptions options) {
    SourceDocument doc = layout.cluster();
    String namespace = doc.root().path("metadata").path("namespace").asString("default");
    ClusterInfo cluster =
        new ClusterInfo(
            doc.name(),
            namespace,
            doc.root().path("spec").path("terminationPolicy").asString(""),
            doc,
            options);
    List<SynthesizedComponent> components = new ArrayList<>();
    for (ComponentSlot slot : layout.componentSpecs()) {
      if (slot.origin() == ComponentSlot.Origin.COMPONENT && slot.definition().isPresent()) {
        components.add(
            new SynthesizedComponent(
                cluster,
                slot.name(),
                cluster.name() + "-" + slot.name(),
                "",
                slot.spec(),
                slot.pointer(),
                slot.definition().get(),
                slot.resolution().serviceVersion(),
                Map.of(),
                slot.spec().path("replicas").asInt(1)));
      }
    }
    return components;
  }

  private static List<ObjectNode> templateConfigMaps(
      dev.kbforge.compiler.lower.LoweringContext context) {
    List<ObjectNode> out = new ArrayList<>();
    SynthesizedComponent c = context.component();
    for (RenderedTemplate t : context.templates()) {
      ObjectNode cm = JsonNodeFactory.instance.objectNode();
      cm.put("apiVersion", "v1");
      cm.put("kind", "ConfigMap");
      ObjectNode metadata = cm.putObject("metadata");
      metadata.put("name", c.fullName() + "-" + t.name());
      metadata.put("namespace", c.cluster().namespace());
      metadata.putObject("annotations").put("checksum", t.checksum());
      ObjectNode data = cm.putObject("data");
      t.files().forEach(data::put);
      out.add(cm);
    }
    return out;
  }
}
