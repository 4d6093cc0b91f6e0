package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.synth.ClusterInfo;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a whole Cluster (rather than one component) into Kubernetes objects of one kind, like
 * KubeBlocks' Cluster controller transformers. Pure, like {@link Lowerer}.
 */
public interface ClusterLowerer {
  /**
   * @param cluster the Cluster and the render options
   * @param components every component and shard of the cluster, synthesized
   * @param reporter where problems go
   */
  List<ObjectNode> lower(
      ClusterInfo cluster, List<SynthesizedComponent> components, Reporter reporter);
}
