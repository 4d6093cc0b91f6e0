package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.LabelSelector;
import java.util.List;
import java.util.Optional;

/**
 * A StatefulSet whose pods get role labels.
 *
 * @param ref the StatefulSet
 * @param selector its pod selector
 * @param roles the roles its component defines
 * @param probe how to ask a pod for its role
 */
public record RoleWorkload(
    ObjectRef ref, LabelSelector selector, List<RoleDef> roles, ProbeSpec probe) {

  public RoleWorkload {
    roles = List.copyOf(roles);
  }

  /** The role called {@code name} (lower-case), if the component defines it. */
  public Optional<RoleDef> role(String name) {
    return roles.stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
