package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.lower.ClusterLowerer;
import dev.kbforge.compiler.lower.Lowerer;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.resolve.ClusterLayout;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import java.util.Map;

/**
 * The steps {@link ClusterCompiler} runs for each Cluster, as values so tests can put a stub in
 * place of any of them. {@link #standard()} is what kbforge runs.
 *
 * @param synthesizer Cluster to components (one per component or shard)
 * @param vars each component's vars
 * @param componentLowerers per target, the lowerers every component goes through, in order
 * @param clusterLowerers objects of the Cluster as a whole (cluster Services), per target
 */
public record CompilePhases(
    Synthesizer synthesizer,
    VarResolution vars,
    Map<Target, List<Lowerer>> componentLowerers,
    Map<Target, List<ClusterLowerer>> clusterLowerers) {

  public CompilePhases {
    componentLowerers = Map.copyOf(componentLowerers);
    clusterLowerers = Map.copyOf(clusterLowerers);
  }

  /** Resolution: a Cluster's layout to its synthesized components (errors to the reporter). */
  @FunctionalInterface
  public interface Synthesizer {
    List<SynthesizedComponent> synthesize(
        ClusterLayout layout, ClusterInfo cluster, InputSet inputs, Reporter reporter);
  }

  /** Vars: every component's resolved vars, by component name. */
  @FunctionalInterface
  public interface VarResolution {
    Map<String, ResolvedVars> resolve(
        List<SynthesizedComponent> components, InputSet inputs, Reporter reporter);
  }

  public List<Lowerer> componentLowerers(Target target) {
    return componentLowerers.getOrDefault(target, List.of());
  }

  public List<ClusterLowerer> clusterLowerers(Target target) {
    return clusterLowerers.getOrDefault(target, List.of());
  }

  /** kbforge's own phases. */
  public static CompilePhases standard() {
    return StandardPhases.create();
  }
}
