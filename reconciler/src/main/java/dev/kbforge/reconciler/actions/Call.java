package dev.kbforge.reconciler.actions;

/**
 * One lifecycle action kb apply will call through kbagent.
 *
 * @param action the action's name ({@code postProvision}, {@code memberLeave}...)
 * @param component the component it belongs to
 * @param ordinal the ordinal of the pod the action is about (the joining, leaving, current primary
 *     or reconfigured pod), or -1 when it is about the component
 * @param account for accountProvision, the account; otherwise {@code null}
 * @param why what it is for, in a few words ({@code scale in: memberLeave x-2, then delete})
 * @param config for a reconfigure action, the changed template; otherwise {@code null}
 */
public record Call(
    String action,
    ComponentActions component,
    int ordinal,
    AccountHint account,
    String why,
    ConfigChange config) {
  /** A call that is not a reconfigure. */
  public Call(
      String action, ComponentActions component, int ordinal, AccountHint account, String why) {
    this(action, component, ordinal, account, why, null);
  }

  /** The pod the action is about, or {@code null}. */
  public String pod() {
    return ordinal < 0 ? null : component.pod(ordinal);
  }

  /** {@code memberLeave StatefulSet demo/redis (Pod redis-2): scale in: ...}. */
  @Override
  public String toString() {
    String about =
        account != null
            ? " (account " + account.name() + ")"
            : pod() == null ? "" : " (Pod " + pod() + ")";
    return action + " " + component.workload() + about + (why.isEmpty() ? "" : ": " + why);
  }
}
