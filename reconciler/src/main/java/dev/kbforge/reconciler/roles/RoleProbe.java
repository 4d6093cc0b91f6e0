package dev.kbforge.reconciler.roles;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Optional;

/**
 * Runs a component's roleProbe in one pod. {@link ExecRoleProbe} execs it through the API server;
 * tests pass a fake.
 */
public interface RoleProbe {
  /**
   * @return what the probe printed on stdout, or empty when it could not run, failed or timed out
   *     (the implementation says why through its own warnings)
   */
  Optional<String> probe(Pod pod, ProbeSpec spec);
}
