package dev.kbforge.reconciler.plan;

import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of what the cluster holds, read before planning.
 *
 * @param objects the desired objects (and account Secrets) that exist live, by reference; a
 *     reference that is not a key does not exist
 * @param members every live object labelled as a member of the ApplySet
 * @param parent the live ApplySet parent, or {@code null}
 * @param claims the PersistentVolumeClaims of the clusters prune knows ({@link
 *     Planner#claimSearch}), found by their labels: the StatefulSet and InstanceSet controllers
 *     create them, so they are no members; read only for {@code --prune}
 */
public record LiveState(
    Map<ObjectRef, GenericKubernetesResource> objects,
    List<GenericKubernetesResource> members,
    GenericKubernetesResource parent,
    List<GenericKubernetesResource> claims) {
  public LiveState {
    objects = Map.copyOf(objects);
    members = List.copyOf(members);
    claims = List.copyOf(claims);
  }

  /** A snapshot without claims (not read: no {@code --prune}). */
  public LiveState(
      Map<ObjectRef, GenericKubernetesResource> objects,
      List<GenericKubernetesResource> members,
      GenericKubernetesResource parent) {
    this(objects, members, parent, List.of());
  }

  /** An empty cluster. */
  public static LiveState empty() {
    return new LiveState(Map.of(), List.of(), null);
  }
}
