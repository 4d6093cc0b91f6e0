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
 */
public record LiveState(
    Map<ObjectRef, GenericKubernetesResource> objects,
    List<GenericKubernetesResource> members,
    GenericKubernetesResource parent) {
  public LiveState {
    objects = Map.copyOf(objects);
    members = List.copyOf(members);
  }

  /** An empty cluster. */
  public static LiveState empty() {
    return new LiveState(Map.of(), List.of(), null);
  }
}
