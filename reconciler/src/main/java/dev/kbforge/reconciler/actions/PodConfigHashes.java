package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.model.ReconcileException;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which config content a pod has, recorded on the pod as KubeBlocks' InstanceSet controller records
 * it: the annotation {@value #ANNOTATION}, a JSON object of template name to config hash
 * (pkg/controller/instanceset/instance_util.go configsToPod/configsFromPod). A pod annotation never
 * changes the pod template, so recording rolls nothing.
 */
final class PodConfigHashes {
  /** KubeBlocks' constant.CMInsConfigurationHashLabelKey. */
  static final String ANNOTATION = "config.kubeblocks.io/config-hash";

  private PodConfigHashes() {}

  /** The pod's record, or empty when it has none (a pod the StatefulSet created since). */
  static Optional<Map<String, String>> of(Pod pod) {
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    String text = annotations == null ? null : annotations.get(ANNOTATION);
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> hashes = new TreeMap<>();
    try {
      JsonNode json = Serialization.jsonMapper().readTree(text);
      json.properties().forEach(e -> hashes.put(e.getKey(), e.getValue().asString("")));
    } catch (JacksonException e) {
      return Optional.empty(); // unreadable: as if unrecorded
    }
    return Optional.of(hashes);
  }

  /** Records {@code template} at {@code hash} on the pod, keeping its other entries. */
  static void put(
      KubernetesClient client, String namespace, String pod, String template, String hash) {
    try {
      client
          .pods()
          .inNamespace(namespace)
          .withName(pod)
          .edit(
              p -> {
                Map<String, String> hashes = of(p).orElseGet(TreeMap::new); // sorted by name
                hashes.put(template, hash);
                ObjectNode json = Serialization.jsonMapper().createObjectNode();
                hashes.forEach(json::put);
                if (p.getMetadata().getAnnotations() == null) {
                  p.getMetadata().setAnnotations(new TreeMap<>());
                }
                p.getMetadata().getAnnotations().put(ANNOTATION, json.toString());
                return p;
              });
    } catch (KubernetesClientException e) {
      throw new ReconcileException(
          "cannot record the config hash on Pod " + namespace + "/" + pod + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Before the apply writes the new content: records on the pod of a reconfigure call the hash it
   * has now, unless it has a record of that template. Without this, a crash after the write would
   * leave the pod unrecorded, and an unrecorded pod counts as having the live workload's content,
   * by then the new one.
   */
  static void pin(KubernetesClient client, Call call) {
    Optional<Pod> pod = get(client, call);
    boolean recorded =
        pod.flatMap(PodConfigHashes::of)
            .map(m -> m.containsKey(call.config().hint().template()))
            .orElse(false);
    if (pod.isPresent() && !recorded) {
      put(
          client,
          namespace(call),
          call.pod(),
          call.config().hint().template(),
          call.config().from());
    }
  }

  /**
   * Whether the pod of a reconfigure call still lacks the tree's content: it exists, and its record
   * of the template (pinned before the write) differs from the tree's hash. A pod without one was
   * created after the write, from the new content.
   */
  static boolean pending(KubernetesClient client, Call call) {
    ConfigHint hint = call.config().hint();
    return get(client, call)
        .flatMap(PodConfigHashes::of)
        .map(m -> m.get(hint.template()))
        .map(has -> !has.equals(hint.configHash()))
        .orElse(false);
  }

  /** After the call succeeded: the pod has the tree's content. */
  static void record(KubernetesClient client, Call call) {
    ConfigHint hint = call.config().hint();
    put(client, namespace(call), call.pod(), hint.template(), hint.configHash());
  }

  private static Optional<Pod> get(KubernetesClient client, Call call) {
    try {
      return Optional.ofNullable(
          client.pods().inNamespace(namespace(call)).withName(call.pod()).get());
    } catch (KubernetesClientException e) {
      throw new ReconcileException("cannot read Pod " + call.pod() + ": " + e.getMessage(), e);
    }
  }

  private static String namespace(Call call) {
    return call.component().workload().namespace();
  }
}
