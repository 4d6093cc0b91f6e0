package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.ObjectRef;

/** The workload kinds a rendered tree holds: apps/v1 StatefulSet and KubeBlocks' InstanceSet. */
final class Workloads {
  static final String INSTANCESET_GROUP = "workloads.kubeblocks.io";

  private Workloads() {}

  static boolean isStatefulSet(ObjectRef ref) {
    return ref.group().equals("apps") && ref.kind().equals("StatefulSet");
  }

  static boolean isInstanceSet(ObjectRef ref) {
    return ref.group().equals(INSTANCESET_GROUP) && ref.kind().equals("InstanceSet");
  }

  static boolean isWorkload(ObjectRef ref) {
    return isStatefulSet(ref) || isInstanceSet(ref);
  }
}
