package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.RenderOptions;
import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.lower.ClusterLowerer;
import dev.kbforge.compiler.lower.Lowerer;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps {@link ClusterCompiler} runs for each Cluster, as values so tests can put a stub in
 * place of any of them. {@link #standard()} is what kbforge runs. Resolution steps are made once
 * per run from the run's reporter (they remember what they reported, so a finding about a
 * definition is made once however many clusters use it).
 *
 * @param synthesizer per run: a Cluster's layout to its components (one per component or shard)
 * @param vars per run: a component's resolved vars
 * @param componentLowerers per target, the lowerers every component goes through, in order
 * @param clusterLowerers per target, the lowerers of the Cluster as a whole (cluster Services)
 */
public record CompilePhases(
    Function<Reporter, Synthesizer> synthesizer,
    Function<Reporter, VarResolution> vars,
    Map<Target, List<Lowerer>> componentLowerers,
    Map<Target, List<ClusterLowerer>> clusterLowerers) {

  public CompilePhases {
    componentLowerers = Map.copyOf(componentLowerers);
    clusterLowerers = Map.copyOf(clusterLowerers);
  }

  /** Resolution: a Cluster's layout to its synthesized components. */
  @FunctionalInterface
  public interface Synthesizer {
    List<SynthesizedComponent> synthesize(ClusterLayout layout, RenderOptions options);
  }

  /** Vars: one component's, knowing every component of its cluster. */
  @FunctionalInterface
  public interface VarResolution {
    ResolvedVars resolve(SynthesizedComponent component, List<SynthesizedComponent> cluster);
  }

  public List<Lowerer> componentLowerers(Target target) {
    return componentLowerers.getOrDefault(target, List.of());
  }

  public List<ClusterLowerer> clusterLowerers(Target target) {
    return clusterLowerers.getOrDefault(target, List.of());
  }

  /** kbforge's own steps. */
  public static CompilePhases standard() {
    return StandardPhases.create();
  }
}
