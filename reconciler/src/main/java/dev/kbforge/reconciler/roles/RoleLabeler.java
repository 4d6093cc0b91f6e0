package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.FieldManager;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * One labeling pass over StatefulSets with roles, standing in for KubeBlocks' kbagent and role
 * event handler: lists each workload's pods (its selector), runs the roleProbe in every ready pod,
 * decides the labels ({@link RoleDecision}) and writes {@value Keys#ROLE} with a JSON merge patch
 * only where it changes. Problems with one workload or pod are warnings; the pass goes on.
 */
public final class RoleLabeler {
  private final KubernetesClient client;
  private final RoleProbe probe;
  private final RoleListener listener;

  public RoleLabeler(KubernetesClient client, RoleProbe probe, RoleListener listener) {
    this.client = client;
    this.probe = probe;
    this.listener = listener;
  }

  /** Labels the pods of every workload; returns what changed. */
  public List<LabelChange> pass(List<RoleWorkload> workloads) {
    List<LabelChange> changes = new ArrayList<>();
    workloads.forEach(w -> changes.addAll(label(w)));
    return changes;
  }

  /** Labels the pods of one workload; returns what changed. */
  public List<LabelChange> label(RoleWorkload workload) {
    String namespace = workload.ref().namespace();
    List<Pod> pods;
    try {
      pods =
          new ArrayList<>(
              client
                  .pods()
                  .inNamespace(namespace)
                  .withLabelSelector(workload.selector())
                  .list()
                  .getItems());
    } catch (KubernetesClientException e) {
      listener.warning("cannot list the pods of " + workload.ref() + ": " + reason(e));
      return List.of();
    }
    pods.sort(Comparator.comparing(p -> p.getMetadata().getName()));
    Map<String, ProbeOutput.Role> answers = new LinkedHashMap<>();
    for (Pod pod : pods) {
      if (ready(pod)) {
        ask(pod, workload.probe()).ifPresent(role -> answers.put(name(pod), role));
      }
    }
    Map<String, String> target = RoleDecision.decide(workload, pods, answers, listener);
    List<LabelChange> changes = new ArrayList<>();
    for (Pod pod : pods) {
      String now = Objects.label(pod, Keys.ROLE);
      if (target.containsKey(name(pod)) && !java.util.Objects.equals(now, target.get(name(pod)))) {
        LabelChange change = new LabelChange(ref(pod), now, target.get(name(pod)));
        if (write(change)) {
          changes.add(change);
          listener.changed(change);
        }
      }
    }
    return changes;
  }

  private Optional<ProbeOutput.Role> ask(Pod pod, ProbeSpec spec) {
    Optional<String> output = probe.probe(pod, spec);
    if (output.isEmpty()) {
      return Optional.empty();
    }
    ProbeOutput answer = ProbeOutput.parse(output.get());
    if (answer instanceof ProbeOutput.Invalid invalid) {
      listener.warning(ref(pod) + ": the role probe " + invalid.why() + "; ignored");
      return Optional.empty();
    }
    return Optional.of((ProbeOutput.Role) answer);
  }

  private boolean write(LabelChange change) {
    ObjectNode patch = Serialization.jsonMapper().createObjectNode();
    ObjectNode labels = patch.putObject("metadata").putObject("labels");
    if (change.to() == null) {
      labels.putNull(Keys.ROLE);
    } else {
      labels.put(Keys.ROLE, change.to());
    }
    try {
      client
          .pods()
          .inNamespace(change.pod().namespace())
          .withName(change.pod().name())
          .patch(
              new PatchContext.Builder()
                  .withPatchType(PatchType.JSON_MERGE)
                  .withFieldManager(FieldManager.NAME)
                  .build(),
              patch.toString());
      return true;
    } catch (KubernetesClientException e) {
      listener.warning("cannot label " + change.pod() + ": " + reason(e));
      return false;
    }
  }

  /** Running, Ready and not being deleted: a pod the probe can ask. */
  static boolean ready(Pod pod) {
    if (pod.getMetadata().getDeletionTimestamp() != null || pod.getStatus() == null) {
      return false;
    }
    var conditions = pod.getStatus().getConditions();
    return conditions != null
        && conditions.stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  static ObjectRef ref(Pod pod) {
    return new ObjectRef("", "Pod", pod.getMetadata().getNamespace(), name(pod));
  }

  private static String name(Pod pod) {
    return pod.getMetadata().getName();
  }

  static String reason(KubernetesClientException e) {
    String message =
        e.getStatus() != null && e.getStatus().getMessage() != null
            ? e.getStatus().getMessage()
            : String.valueOf(e.getMessage());
    return message.lines().findFirst().orElse(message);
  }
}
