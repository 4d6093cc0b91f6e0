package dev.kbforge.compiler.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a ComponentDefinition's lifecycle actions, the one list validation and lowering
 * share: the fields of KubeBlocks' ComponentLifecycleActions (apis/apps/v1/componentdefinition
 * _types.go), in their declaration order, and the orders KubeBlocks visits them in.
 */
public final class LifecycleActionNames {
  public static final String ROLE_PROBE = "roleProbe";
  public static final String AVAILABLE_PROBE = "availableProbe";

  /** Every action a ComponentDefinition may define, in ComponentLifecycleActions' order. */
  public static final List<String> ALL =
      List.of(
          "postProvision",
          "preTerminate",
          ROLE_PROBE,
          AVAILABLE_PROBE,
          "switchover",
          "memberJoin",
          "memberLeave",
          "readonly",
          "readwrite",
          "dataDump",
          "dataLoad",
          "reconfigure",
          "accountProvision");

  /**
   * The actions that are not probes, in the order KubeBlocks lists them for kbagent
   * (pkg/controller/component/kbagent.go buildKBAgentStartupEnvs): {@link #ALL} without the probes.
   */
  public static final List<String> LIFECYCLE =
      ALL.stream().filter(a -> !a.equals(ROLE_PROBE) && !a.equals(AVAILABLE_PROBE)).toList();

  /**
   * The actions whose exec handlers share kbagent's one image and container, in the order
   * KubeBlocks visits them (the first image or container it meets is the one it keeps): {@link
   * #LIFECYCLE}, then the role probe.
   */
  public static final List<String> SHARED_EXEC = withRoleProbe();

  private LifecycleActionNames() {}

  private static List<String> withRoleProbe() {
    List<String> shared = new ArrayList<>(LIFECYCLE);
    shared.add(ROLE_PROBE);
    return List.copyOf(shared);
  }
}
