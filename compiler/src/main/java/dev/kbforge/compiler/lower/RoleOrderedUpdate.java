package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the StatefulSet target, a component with roles is updated in role order, as KubeBlocks'
 * InstanceSet controller updates its pods (lowest updatePriority first, the pod holding the
 * exclusive role last, after a switchover when the definition has one). A StatefulSet's rolling
 * update goes by ordinal, so the StatefulSet gets {@code updateStrategy: OnDelete} and the
 * annotation {@value #ANNOTATION}, and {@code kb apply} deletes the outdated pods in that order. A
 * Cluster that asks for OnDelete itself keeps it, without the annotation: nobody rolls its pods.
 */
final class RoleOrderedUpdate {
  static final String ANNOTATION = "kbforge.dev/role-ordered-update";

  private RoleOrderedUpdate() {}

  static boolean applies(SynthesizedComponent c) {
    boolean roles = Manifests.present(c.definitionSpec().path("roles"));
    String asked = Nodes.text(c.spec().path("instanceUpdateStrategy"), "type");
    // without kbagent no role is ever known: a plain rolling update then
    return roles && KbAgentActions.needed(c) && !asked.equals("OnDelete");
  }

  static ObjectNode strategy() {
    ObjectNode strategy = Manifests.NODES.objectNode();
    strategy.put("type", "OnDelete");
    return strategy;
  }
}
