package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.kbagent.ActionReply;
import dev.kbforge.reconciler.kbagent.KbAgent;
import dev.kbforge.reconciler.kbagent.KbAgentUnreachable;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the pod's kbagent for its role: the action {@code roleProbe} through the API server's pod
 * proxy, as KubeBlocks' lifecycle package calls it (pkg/controller/lifecycle/kbagent.go,
 * RoleProbe). kbagent runs the probe whatever its handler (exec, HTTP or gRPC) and returns what it
 * printed. A kbagent that cannot be reached or a failed probe is a warning and no answer.
 */
public final class KbAgentRoleProbe implements RoleProbe {
  static final String ACTION = "roleProbe";

  private final KbAgent agent;
  private final RoleListener listener;

  public KbAgentRoleProbe(KubernetesClient client, RoleListener listener) {
    this.agent = new KbAgent(client);
    this.listener = listener;
  }

  @Override
  public Optional<String> probe(Pod pod, ProbeSpec spec) {
    String where = RoleLabeler.ref(pod) + ": the role probe";
    try {
      ActionReply reply = agent.call(RoleLabeler.ref(pod), ACTION, Map.of(), spec.timeout());
      if (!reply.succeeded()) {
        listener.warning(where + " failed: " + reply.summary());
        return Optional.empty();
      }
      return Optional.of(reply.output());
    } catch (KbAgentUnreachable e) {
      listener.warning(e.getMessage());
      return Optional.empty();
    }
  }
}
