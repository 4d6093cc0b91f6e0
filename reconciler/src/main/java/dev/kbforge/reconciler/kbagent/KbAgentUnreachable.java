package dev.kbforge.reconciler.kbagent;

import dev.kbforge.reconciler.model.ObjectRef;

/**
 * kbagent in a pod could not be asked at all: the API server refused the proxy request, the pod has
 * no kbagent listening, or the request timed out. Says which pod and why, in one line.
 */
public final class KbAgentUnreachable extends RuntimeException {
  private final ObjectRef pod;

  public KbAgentUnreachable(ObjectRef pod, String cause) {
    super(pod + ": kbagent cannot be reached: " + cause);
    this.pod = pod;
  }

  public ObjectRef pod() {
    return pod;
  }
}
