package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.TemplateFolder;
import dev.kbforge.compiler.render.ConfigMapTemplate;
import dev.kbforge.compiler.render.FileTemplateRenderer;
import dev.kbforge.compiler.render.gotmpl.GoRenderer;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import tools.jackson.databind.JsonNode;

/**
 * Renders a component's config and script templates (reference section 6.6, DESIGN section 4). For
 * each {@code configs[]} and {@code scripts[]} entry of the ComponentDefinition that is not
 * externalManaged, the files come from, in this order: the ConfigMap the Cluster names in {@code
 * configs[].configMap}; the folder {@code templates/<template>/} of the definition's addon (Pebble
 * for {@code *.peb}, a Go template otherwise); a ConfigMap document named like the template (each
 * data key a Go template). Go templates render as KubeBlocks' component controller renders them
 * ({@code renderFileTemplateData} in controllers/apps/component/transformer_component_template.go):
 * values are the component's template vars (strings) overridden by the template's {@code
 * variables}, sprig's functions only, {@code missingkey=error}. Folders are compiled once per run
 * and ConfigMaps read once, and a finding repeated by many clusters is reported once.
 */
final class TemplateStage {
  /** {@code defaultMode} of a template volume when the definition sets none (0444). */
  static final int DEFAULT_MODE = 0444;

  private final InputSet inputs;
  private final Map<String, FileTemplateRenderer> folders = new HashMap<>();
  private final Map<SourceDocument, SortedMap<String, String>> configMaps = new IdentityHashMap<>();
  private final Set<Diagnostic> reported = new HashSet<>();
  private final GoRenderer go = GoRenderer.componentController();

  TemplateStage(InputSet inputs) {
    this.inputs = inputs;
  }

  /** The rendered templates of {@code c} in definition order, or empty when one failed. */
  Optional<List<RenderedTemplate>> render(
      SynthesizedComponent c, ResolvedVars vars, Reporter reporter) {
    Map<String, Object> context = TemplateContext.of(c, vars);
    Map<String, String> templateVars = TemplateContext.goTemplateVars(vars);
    List<RenderedTemplate> rendered = new ArrayList<>();
    boolean ok = true;
    for (String list : List.of("configs", "scripts")) {
      JsonNode entries = c.definitionSpec().path(list);
      for (int i = 0; i < entries.size(); i++) {
        TemplateRef ref = TemplateRef.of(c, list, i);
        if (ref.skipped()) {
          warnUnprovided(c, list, i, ref, reporter);
          continue;
        }
        Reporter scratch = new Reporter();
        Map<String, Object> goValues = TemplateContext.goValues(templateVars, ref.variables());
        Optional<SortedMap<String, String>> files = files(c, ref, context, goValues, scratch);
        forward(scratch, reporter);
        if (files.isEmpty()) {
          ok = false;
          continue;
        }
        rendered.add(
            new RenderedTemplate(
                ref.name(),
                ref.volumeName(),
                ref.defaultMode(),
                ref.config(),
                files.get(),
                Checksums.of(files.get())));
      }
    }
    return ok ? Optional.of(List.copyOf(rendered)) : Optional.empty();
  }

  private Optional<SortedMap<String, String>> files(
      SynthesizedComponent c,
      TemplateRef ref,
      Map<String, Object> context,
      Map<String, Object> goValues,
      Reporter reporter) {
    if (!ref.userConfigMap().isEmpty()) {
      Optional<SourceDocument> cm = inputs.named(Kind.CONFIG_MAP, ref.userConfigMap());
      if (cm.isEmpty()) {
        reporter.value(
            Code.KB5402,
            c.cluster().document(),
            ref.userConfigMapPointer(),
            "ConfigMap '" + ref.userConfigMap() + "' is not in the input set",
            "add the ConfigMap to the inputs, or set externalManaged: true on this config");
        return Optional.empty();
      }
      return goConfigMap(cm.get(), goValues, ref, reporter);
    }
    SourceDocument cmpd = c.definition();
    Optional<TemplateFolder> folder = inputs.templates().folder(cmpd.file().name(), ref.template());
    if (folder.isPresent()) {
      FileTemplateRenderer renderer =
          folders.computeIfAbsent(
              folder.get().path(),
              p -> FileTemplateRenderer.compile(p, folder.get().files(), reporter));
      Optional<SortedMap<String, String>> pebble =
          renderer.render(TemplateContext.withVariables(context, ref.variables()), reporter);
      if (pebble.isEmpty()) {
        return pebble;
      }
      return GoFiles.folder(
          go,
          folder.get().path(),
          folder.get().files(),
          pebble.get(),
          goValues,
          ref.name(),
          reporter);
    }
    Optional<SourceDocument> cm = inputs.named(Kind.CONFIG_MAP, ref.template());
    if (cm.isPresent()) {
      return goConfigMap(cm.get(), goValues, ref, reporter);
    }
    reporter.value(
        Code.KB5401,
        cmpd,
        ref.templatePointer(),
        "template '" + ref.template() + "' has no source",
        "add the folder templates/"
            + ref.template()
            + "/ to the addon of "
            + cmpd.file().name()
            + ", or a ConfigMap named '"
            + ref.template()
            + "' to the inputs");
    return Optional.empty();
  }

  /** A ConfigMap's data keys, each rendered as a Go template. */
  private Optional<SortedMap<String, String>> goConfigMap(
      SourceDocument cm, Map<String, Object> goValues, TemplateRef ref, Reporter reporter) {
    SortedMap<String, String> files = configMaps.computeIfAbsent(cm, ConfigMapTemplate::files);
    return GoFiles.configMap(go, cm, files, goValues, ref.name(), reporter);
  }

  /**
   * An externalManaged template mounted from a ConfigMap nobody in the tree makes: the pods wait
   * for it, so say so (KB5407), once per definition entry. A Cluster {@code configs[].configMap}
   * silences it, and so does a template ConfigMap in the input set: kbforge then renders it as
   * KubeBlocks' parameters controller would ({@link ExternalTemplateStage}).
   */
  private void warnUnprovided(
      SynthesizedComponent c, String list, int index, TemplateRef ref, Reporter reporter) {
    if (ref.volumeName().isEmpty()
        || !ref.userConfigMap().isEmpty()
        || ref.template().isEmpty()
        || ExternalTemplateStage.renders(ref, inputs)) {
      return; // rendered after lowering, as the parameters controller would
    }
    String inDefinition = "/spec/" + list + "/" + index + "/externalManaged";
    boolean byDefinition = c.definitionSpec().path(list).path(index).has("externalManaged");
    String userEntry = ref.userConfigMapPointer().replace("/configMap/name", "");
    Reporter scratch = new Reporter();
    scratch.key(
        Code.KB5407,
        byDefinition ? c.definition() : c.cluster().document(),
        byDefinition ? inDefinition : userEntry + "/externalManaged",
        "template '"
            + ref.name()
            + "' is externalManaged: no ConfigMap is generated for it, and its volume '"
            + ref.volumeName()
            + "' mounts ConfigMap <cluster>-<component>-"
            + ref.name()
            + ", which the parameters controller or the user must create",
        "name an existing ConfigMap in the Cluster's configs[].configMap, or drop externalManaged"
            + " to have kbforge render the template");
    forward(scratch, reporter);
  }

  /** Copies new findings: the same template error met by a hundred clusters is said once. */
  private void forward(Reporter scratch, Reporter reporter) {
    for (Diagnostic d : scratch.diagnostics()) {
      if (reported.add(d)) {
        reporter.add(d);
      }
    }
  }
}
