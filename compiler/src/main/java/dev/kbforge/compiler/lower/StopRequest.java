package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;

/**
 * A stopped component ({@code componentSpecs[].stop: true}, KubeBlocks v1): its pods go, its
 * claims, Services, config and Secrets stay. KubeBlocks' component controller keeps the
 * InstanceSet's replicas and sets its {@code spec.stop} (controllers/apps/component/
 * transformer_component_workload.go, handleWorkloadStartNStop), and the InstanceSet controller
 * deletes the pods; a StatefulSet has no such field, so it runs 0 replicas. Removing {@code stop}
 * restores the replicas.
 */
final class StopRequest {
  private StopRequest() {}

  static boolean stopped(SynthesizedComponent c) {
    return Nodes.isTrue(c.spec(), "stop");
  }
}
