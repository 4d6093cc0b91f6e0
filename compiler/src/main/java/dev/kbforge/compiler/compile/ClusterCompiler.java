package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.emit.ApplyOrder;
import dev.kbforge.compiler.emit.ClusterObjects;
import dev.kbforge.compiler.kubeversion.KubeVersionGate;
import dev.kbforge.compiler.lower.ClusterLowerer;
import dev.kbforge.compiler.lower.ExternalConfigMaps;
import dev.kbforge.compiler.lower.Lowerer;
import dev.kbforge.compiler.lower.LoweringContext;
import dev.kbforge.compiler.lower.TerminationOptOuts;
import dev.kbforge.compiler.lower.WorkloadConfigs;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.resolve.ComponentSlot;
import dev.kbforge.compiler.resolve.DefinitionResolver;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.ComponentSynthesizer;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles every valid Cluster of an input set (DESIGN section 3, phases resolve, lower and
 * render): layout, components, vars, file templates, then the target's lowerers per component and
 * for the cluster as a whole, their objects fitted to the target Kubernetes version. An error stops
 * the later steps for that Cluster only; the others are still compiled, so one run reports every
 * problem. Pure: no I/O.
 */
public final class ClusterCompiler {
  private final InputSet inputs;
  private final RenderOptions options;
  private final CompilePhases phases;
  private final DefinitionResolver definitions;
  private final TemplateStage templates;
  private final ExternalTemplateStage externalTemplates;
  private final PassThrough passThrough;
  private final PlainObjects plainObjects;
  private final KubeVersionGate kubeVersion;

  public ClusterCompiler(InputSet inputs, RenderOptions options, CompilePhases phases) {
    this.inputs = inputs;
    this.options = options;
    this.phases = phases;
    this.definitions = DefinitionResolver.of(inputs);
    this.templates = new TemplateStage(inputs);
    this.externalTemplates = new ExternalTemplateStage(inputs);
    this.passThrough = new PassThrough(inputs);
    this.plainObjects = new PlainObjects(inputs, options.target());
    this.kubeVersion = new KubeVersionGate(options.kubeVersion());
  }

  /**
   * Compiles every Cluster that passed validation, handing each one's objects to {@code sink} as
   * soon as it is done (so a run over many clusters need not hold them all); findings go to {@code
   * reporter}.
   */
  public Compilation compileAll(Reporter reporter, Consumer<ClusterObjects> sink) {
    ErrorIndex validationErrors = new ErrorIndex(reporter.diagnostics());
    Steps steps =
        new Steps(phases.synthesizer().apply(reporter), phases.vars().apply(reporter), reporter);
    int clusters = 0;
    int objects = 0;
    SharedDefinitions shared = new SharedDefinitions();
    Set<String> folders = new HashSet<>();
    for (SourceDocument cluster : inputs.of(Kind.CLUSTER)) {
      ClusterInfo info = ComponentSynthesizer.clusterInfo(cluster, options);
      ClusterLayout layout = definitions.layout(cluster);
      if (blocked(layout, validationErrors)) {
        continue; // its errors are reported already
      }
      if (!FolderNames.valid(info, reporter)) {
        continue;
      }
      if (!folders.add(info.namespace() + "/" + info.name())) {
        reporter.value(
            Code.KB5403,
            cluster,
            "/metadata/name",
            "another Cluster '" + info.name() + "' compiles into " + info.namespace(),
            "a Cluster without a namespace is in namespace 'default'");
        continue;
      }
      try {
        Optional<ClusterObjects> compiled = compile(layout, info, shared, steps);
        if (compiled.isPresent()) {
          sink.accept(compiled.get());
          clusters++;
          objects += compiled.get().objects().size();
        }
      } catch (RuntimeException e) {
        // A bug in kbforge, not in the input: say so at the Cluster, keep the other clusters going.
        reporter.value(
            Code.KB5449,
            cluster,
            "/metadata/name",
            "internal error while compiling Cluster '" + info.name() + "': " + e,
            "please report this as a kbforge bug, with the input");
      }
    }
    return new Compilation(
        clusters,
        objects,
        ApplyOrder.prepare(shared.objects()),
        ApplyOrder.prepare(plainObjects.shared()));
  }

  /** The run's resolution steps and reporter. */
  private record Steps(
      CompilePhases.Synthesizer synthesizer, CompilePhases.VarResolution vars, Reporter reporter) {}

  private Optional<ClusterObjects> compile(
      ClusterLayout layout, ClusterInfo info, SharedDefinitions shared, Steps steps) {
    Reporter reporter = steps.reporter();
    int errors = reporter.errorCount();
    List<SynthesizedComponent> components = steps.synthesizer().synthesize(layout, options);
    Map<String, ResolvedVars> vars = new HashMap<>();
    for (SynthesizedComponent component : components) {
      vars.put(component.name(), steps.vars().resolve(component, components));
    }
    if (reporter.errorCount() > errors) {
      return Optional.empty();
    }
    List<ObjectNode> objects = new ArrayList<>();
    if (options.target() == Target.KUBEBLOCKS) {
      if (!passThrough.addDefinitions(layout, shared, reporter)) {
        return Optional.empty();
      }
      objects.add(PassThrough.cluster(info.document(), info.namespace()));
    } else {
      for (SynthesizedComponent component : components) {
        ResolvedVars own = vars.get(component.name());
        Optional<List<RenderedTemplate>> rendered = templates.render(component, own, reporter);
        if (rendered.isEmpty()) {
          continue; // reported; lower the other components to find their problems too
        }
        LoweringContext context = new LoweringContext(component, own, rendered.get(), reporter);
        List<ObjectNode> lowered = new ArrayList<>();
        for (Lowerer lowerer : phases.componentLowerers(options.target())) {
          lowered.addAll(lowerer.lower(context));
        }
        if (!completeTemplates(component, own, rendered.get(), lowered, reporter)) {
          continue; // reported
        }
        kubeVersion.component(lowered, component, reporter);
        objects.addAll(lowered);
      }
      List<ObjectNode> clusterWide = new ArrayList<>();
      for (ClusterLowerer lowerer : phases.clusterLowerers(options.target())) {
        clusterWide.addAll(lowerer.lower(info, components, reporter));
      }
      kubeVersion.cluster(clusterWide, info, reporter);
      objects.addAll(clusterWide);
    }
    objects.addAll(plainObjects.of(info.document()));
    if (reporter.errorCount() > errors || !DuplicateObjects.none(objects, info, reporter)) {
      return Optional.empty();
    }
    TerminationOptOuts.mark(info, objects);
    return Optional.of(
        new ClusterObjects(info.namespace(), info.name(), ApplyOrder.prepare(objects)));
  }

  /**
   * Renders the externalManaged templates now that the pod spec is final, adds their ConfigMaps,
   * and tells the workload about every config template ({@link WorkloadConfigs}).
   */
  private boolean completeTemplates(
      SynthesizedComponent component,
      ResolvedVars vars,
      List<RenderedTemplate> rendered,
      List<ObjectNode> lowered,
      Reporter reporter) {
    JsonNode podSpec = WorkloadConfigs.podSpec(component, lowered);
    Optional<List<ExternalTemplateStage.Rendered>> external =
        externalTemplates.render(component, vars, podSpec, reporter);
    if (external.isEmpty()) {
      return false;
    }
    List<RenderedTemplate> all = new ArrayList<>(rendered);
    for (ExternalTemplateStage.Rendered e : external.get()) {
      lowered.add(ExternalConfigMaps.of(component, e.template(), e.source()));
      all.add(e.template());
    }
    WorkloadConfigs.apply(component, all, lowered, !external.get().isEmpty());
    return true;
  }

  /**
   * Whether validation reported an error in the Cluster or in a definition it uses (a reference
   * that does not resolve is reported at the Cluster): its ClusterDefinition, ComponentDefinitions,
   * the ComponentVersions that list them (they choose the images) and ShardingDefinitions.
   */
  private boolean blocked(ClusterLayout layout, ErrorIndex errors) {
    if (errors.hasErrors(layout.cluster())
        || layout.topology().definition().map(errors::hasErrors).orElse(false)
        || layout.shardings().stream()
            .anyMatch(s -> s.resolution().definition().map(errors::hasErrors).orElse(false))) {
      return true;
    }
    for (ComponentSlot slot : layout.slots()) {
      if (slot.definition().isEmpty()) {
        continue;
      }
      SourceDocument cmpd = slot.definition().get();
      if (errors.hasErrors(cmpd)
          || inputs.of(Kind.COMPONENT_VERSION).stream()
              .anyMatch(v -> errors.hasErrors(v) && PassThrough.lists(v, cmpd.name()))) {
        return true;
      }
    }
    return false;
  }
}
