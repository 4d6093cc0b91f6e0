package dev.kbforge.reconciler.roles;

/**
 * One role of a component, as its ComponentDefinition declares it (carried to the StatefulSet in
 * the annotation {@code kbforge.dev/roles}).
 *
 * @param name the role, lower-cased (the label value)
 * @param updatePriority KubeBlocks' update order (higher is updated later)
 * @param participatesInQuorum whether the role votes
 * @param exclusive at most one pod of the workload holds it at a time
 */
public record RoleDef(
    String name, int updatePriority, boolean participatesInQuorum, boolean exclusive) {}
