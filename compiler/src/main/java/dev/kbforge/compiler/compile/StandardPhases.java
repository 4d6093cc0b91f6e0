package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.lower.AccountSecretsLowerer;
import dev.kbforge.compiler.lower.ClusterLowerer;
import dev.kbforge.compiler.lower.ClusterServiceLowerer;
import dev.kbforge.compiler.lower.ComponentServiceLowerer;
import dev.kbforge.compiler.lower.EnvConfigMapLowerer;
import dev.kbforge.compiler.lower.HeadlessServiceLowerer;
import dev.kbforge.compiler.lower.InstanceSetLowerer;
import dev.kbforge.compiler.lower.Lowerer;
import dev.kbforge.compiler.lower.PodDisruptionBudgetLowerer;
import dev.kbforge.compiler.lower.RbacLowerer;
import dev.kbforge.compiler.lower.StatefulSetLowerer;
import dev.kbforge.compiler.lower.TemplateConfigMapLowerer;
import dev.kbforge.compiler.synth.ComponentSynthesizer;
import dev.kbforge.compiler.synth.VarResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lowerers of each target, in a fixed order (the order only matters for the order of
 * diagnostics: objects are sorted into apply order afterwards), and the resolution steps. The
 * kubeblocks target lowers nothing.
 */
final class StandardPhases {
  private StandardPhases() {}

  static CompilePhases create() {
    return new CompilePhases(
        reporter -> new ComponentSynthesizer(reporter)::synthesize,
        reporter -> new VarResolver(reporter)::resolve,
        Map.of(
            Target.INSTANCESET,
                componentLowerers(new InstanceSetLowerer(), new PodDisruptionBudgetLowerer()),
            Target.STATEFULSET,
                componentLowerers(new StatefulSetLowerer(), new PodDisruptionBudgetLowerer())),
        Map.of(
            Target.INSTANCESET, clusterLowerers(),
            Target.STATEFULSET, clusterLowerers()));
  }

  /** What every component gets, then the target's workload lowerers. */
  private static List<Lowerer> componentLowerers(Lowerer... workload) {
    List<Lowerer> lowerers =
        new ArrayList<>(
            List.of(
                new HeadlessServiceLowerer(),
                new ComponentServiceLowerer(),
                new EnvConfigMapLowerer(),
                new TemplateConfigMapLowerer(),
                new RbacLowerer(),
                new AccountSecretsLowerer()));
    lowerers.addAll(List.of(workload));
    return List.copyOf(lowerers);
  }

  private static List<ClusterLowerer> clusterLowerers() {
    return List.of(new ClusterServiceLowerer());
  }
}
