package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which role label each pod of a workload should carry after a round of probes, as KubeBlocks' role
 * event handler decides it: a pod gets the role it reported when the component defines it, and
 * loses its label when it reported a role the component does not define; for an exclusive role,
 * every other pod of the workload loses that label. Pure: no I/O.
 */
final class RoleDecision {
  private RoleDecision() {}

  /**
   * @param pods the workload's pods, by name
   * @param answers what each pod's probe answered (pods whose probe failed or printed nonsense are
   *     absent)
   * @return for each pod whose label is decided, its value, or null to remove it; pods not in the
   *     map keep theirs
   */
  static Map<String, String> decide(
      RoleWorkload workload,
      List<Pod> pods,
      Map<String, ProbeOutput.Role> answers,
      RoleListener listener) {
    Map<String, String> target = new LinkedHashMap<>();
    answers.forEach(
        (pod, role) -> target.put(pod, workload.role(role.name()).map(RoleDef::name).orElse(null)));
    for (RoleDef role : workload.roles()) {
      if (role.exclusive()) {
        exclusive(role.name(), pods, answers, target, workload, listener);
      }
    }
    return target;
  }

  private static void exclusive(
      String role,
      List<Pod> pods,
      Map<String, ProbeOutput.Role> answers,
      Map<String, String> target,
      RoleWorkload workload,
      RoleListener listener) {
    List<Pod> claimants = new ArrayList<>();
    pods.stream().filter(p -> role.equals(target.get(name(p)))).forEach(claimants::add);
    if (claimants.isEmpty()) {
      return; // nobody answered with it this round: whoever holds it keeps it
    }
    // the newest report wins; on a tie, the pod that already holds the role, then the first name
    Comparator<Pod> newest =
        Comparator.<Pod, ProbeOutput.Role>comparing(
                p -> answers.get(name(p)), ProbeOutput.Role::compareVersions)
            .thenComparing(p -> role.equals(Objects.label(p, Keys.ROLE)))
            .thenComparing(RoleDecision::name, Comparator.reverseOrder());
    Pod winner = claimants.stream().max(newest).orElseThrow();
    if (claimants.size() > 1) {
      listener.warning(
          workload.ref()
              + ": "
              + claimants.size()
              + " pods report the exclusive role "
              + role
              + "; it stays with "
              + name(winner));
    }
    for (Pod pod : pods) {
      String name = name(pod);
      boolean claims = role.equals(target.get(name));
      boolean holds = !target.containsKey(name) && role.equals(Objects.label(pod, Keys.ROLE));
      if (pod != winner && (claims || holds)) {
        target.put(name, null);
      }
    }
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName();
  }
}
