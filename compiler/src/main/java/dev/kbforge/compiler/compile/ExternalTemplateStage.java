package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.render.ConfigMapTemplate;
import dev.kbforge.compiler.render.gotmpl.BuiltinObjects;
import dev.kbforge.compiler.render.gotmpl.GoRenderer;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * Renders a component's externalManaged config templates as KubeBlocks' parameters controller would
 * (pkg/controller/render/template_render.go): after lowering, because its values hold the final pod
 * spec. Values are {@code cluster}, {@code component}, {@code podSpec} and {@code clusterDomain}
 * plus the template vars ({@link BuiltinObjects}); functions are sprig's and KubeBlocks' own;
 * {@code missingkey=error}. A template whose ConfigMap document is not in the input set, or that
 * the Cluster replaces with its own ConfigMap, is left to whoever provides it (KB5407 is
 * TemplateStage's word on that).
 */
final class ExternalTemplateStage {
  private final InputSet inputs;
  private final GoRenderer go = GoRenderer.parametersController();
  private final Map<SourceDocument, SortedMap<String, String>> configMaps = new IdentityHashMap<>();
  private final Set<Diagnostic> reported = new HashSet<>();

  ExternalTemplateStage(InputSet inputs) {
    this.inputs = inputs;
  }

  /** Whether kbforge renders this entry here: externalManaged, its template ConfigMap at hand. */
  static boolean renders(TemplateRef ref, InputSet inputs) {
    return ref.config()
        && ref.external()
        && ref.userConfigMap().isEmpty()
        && !ref.template().isEmpty()
        && inputs.named(Kind.CONFIG_MAP, ref.template()).isPresent();
  }

  /**
   * The rendered externalManaged templates of {@code c} (with the template ConfigMap each came
   * from), or empty when one failed (reported).
   */
  Optional<List<Rendered>> render(
      SynthesizedComponent c, ResolvedVars vars, JsonNode podSpec, Reporter reporter) {
    List<Rendered> out = new ArrayList<>();
    boolean ok = true;
    Map<String, String> templateVars = TemplateContext.goTemplateVars(vars);
    Map<String, Object> values = null;
    JsonNode entries = c.definitionSpec().path("configs");
    for (int i = 0; i < entries.size(); i++) {
      TemplateRef ref = TemplateRef.of(c, "configs", i);
      if (!renders(ref, inputs)) {
        continue;
      }
      if (values == null) {
        values =
            BuiltinObjects.values(
                c.cluster().document().root(),
                ComponentJson.of(c, podSpec, templateVars),
                podSpec,
                c.cluster().options().clusterDomain(),
                templateVars);
      }
      SourceDocument cm = inputs.named(Kind.CONFIG_MAP, ref.template()).orElseThrow();
      SortedMap<String, String> files = configMaps.computeIfAbsent(cm, ConfigMapTemplate::files);
      Reporter scratch = new Reporter();
      Optional<SortedMap<String, String>> rendered =
          GoFiles.configMap(go, cm, files, values, ref.name(), scratch);
      forward(scratch, reporter);
      if (rendered.isEmpty()) {
        ok = false;
        continue;
      }
      out.add(
          new Rendered(
              new RenderedTemplate(
                  ref.name(),
                  ref.volumeName(),
                  ref.defaultMode(),
                  true,
                  rendered.get(),
                  Checksums.of(rendered.get())),
              ref.template()));
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** A rendered externalManaged template and the name of the ConfigMap it was rendered from. */
  record Rendered(RenderedTemplate template, String source) {}

  private void forward(Reporter scratch, Reporter reporter) {
    for (Diagnostic d : scratch.diagnostics()) {
      if (reported.add(d)) {
        reporter.add(d);
      }
    }
  }
}
