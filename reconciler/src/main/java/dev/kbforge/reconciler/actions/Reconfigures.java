package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.cluster.ApplyListener;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.JacksonException;

/**
 * The reconfigure calls of a StatefulSet component, as KubeBlocks' InstanceSet controller decides
 * them per pod (pkg/controller/instanceset/instance_util.go configsToUpdate: a template whose
 * config hash differs from the pod's record): one call per pod and reloaded template whose content
 * the pod does not have yet. A pod without a record ({@link PodConfigHashes}) has what the live
 * workload's {@link ConfigHint#ANNOTATION} says the last apply wrote: it was created from that
 * content. A component the apply creates gets none: its pods start with the tree's content.
 */
public final class Reconfigures {
  static final String WHY = "config %s changed: reload it without a restart";

  private Reconfigures() {}

  /**
   * The reconfigure calls of {@code components} (listing the pods of those with reloaded templates
   * and a live workload).
   *
   * @param live the live objects by reference
   * @param desired the tree's objects
   */
  public static List<Call> of(
      KubernetesClient client,
      List<ComponentActions> components,
      Map<ObjectRef, GenericKubernetesResource> live,
      List<GenericKubernetesResource> desired) {
    Map<ObjectRef, GenericKubernetesResource> desiredConfigMaps = new HashMap<>();
    for (GenericKubernetesResource o : desired) {
      if (o.getKind().equals("ConfigMap")) {
        desiredConfigMaps.put(ObjectRef.of(o), o);
      }
    }
    List<Call> calls = new ArrayList<>();
    for (ComponentActions c : components) {
      GenericKubernetesResource workload = live.get(c.workload());
      if (c.configs().isEmpty() || workload == null) {
        continue;
      }
      String ns = c.workload().namespace();
      List<Pod> pods = new ComponentPods(client, ApplyListener.NONE).list(c);
      calls.addAll(
          plan(
              c,
              workload,
              pods,
              name -> data(live.get(configMap(ns, name))),
              name -> data(desiredConfigMaps.get(configMap(ns, name)))));
    }
    return calls;
  }

  private static ObjectRef configMap(String namespace, String name) {
    return new ObjectRef("", "ConfigMap", namespace, name);
  }

  private static Map<String, String> data(GenericKubernetesResource configMap) {
    if (configMap == null) {
      return null;
    }
    Map<String, String> data = new TreeMap<>();
    Objects.tree(configMap)
        .path("data")
        .properties()
        .forEach(e -> data.put(e.getKey(), e.getValue().asString("")));
    return data;
  }

  /**
   * @param live the live workload, or {@code null}
   * @param pods the component's pods, by name
   * @param liveData a ConfigMap's live data by name ({@code null} when absent)
   * @param desiredData a ConfigMap's data in the tree by name ({@code null} when absent)
   */
  static List<Call> plan(
      ComponentActions c,
      GenericKubernetesResource live,
      List<Pod> pods,
      Function<String, Map<String, String>> liveData,
      Function<String, Map<String, String>> desiredData) {
    List<Call> calls = new ArrayList<>();
    if (live == null || c.configs().isEmpty()) {
      return calls;
    }
    Map<String, String> baseline = new LinkedHashMap<>();
    String text = Objects.annotation(live, ConfigHint.ANNOTATION);
    if (text != null) {
      try {
        ConfigHint.parse(Serialization.jsonMapper().readTree(text))
            .forEach(h -> baseline.put(h.template(), h.configHash()));
      } catch (JacksonException e) {
        // unreadable: as if unrecorded
      }
    }
    for (ConfigHint hint : c.configs()) {
      if (!c.has(hint.action())) {
        continue;
      }
      Map<String, String> files =
          changes(hint, liveData.apply(hint.configMap()), desiredData.apply(hint.configMap()));
      for (Pod pod : pods) {
        String name = pod.getMetadata().getName();
        OptionalInt ordinal = PodOrdinals.of(name);
        if (ordinal.isEmpty()) {
          continue; // a pod without an ordinal is no member to reconfigure
        }
        String has =
            PodConfigHashes.of(pod)
                .map(m -> m.get(hint.template()))
                .orElse(baseline.getOrDefault(hint.template(), hint.configHash()));
        if (!has.equals(hint.configHash())) {
          calls.add(
              new Call(
                  hint.action(),
                  c,
                  ordinal.getAsInt(),
                  null,
                  WHY.formatted(hint.template()),
                  new ConfigChange(hint, has, files)));
        }
      }
    }
    return calls;
  }

  /**
   * KubeBlocks' file changes between the live and the tree's data (templateFileChanges): none when
   * either is missing or they are equal.
   */
  static Map<String, String> changes(
      ConfigHint hint, Map<String, String> live, Map<String, String> desired) {
    Map<String, String> files = new LinkedHashMap<>();
    if (live == null || desired == null || live.equals(desired)) {
      return files;
    }
    TreeSet<String> created = new TreeSet<>(desired.keySet());
    created.removeAll(live.keySet());
    TreeSet<String> removed = new TreeSet<>(live.keySet());
    removed.removeAll(desired.keySet());
    TreeSet<String> updated = new TreeSet<>();
    for (String file : desired.keySet()) {
      if (live.containsKey(file)
          && !live.get(file).equals(desired.get(file))
          && !hint.mountPath().isEmpty()) {
        updated.add(join(hint.mountPath(), file) + ":" + sha256(desired.get(file)));
      }
    }
    files.put("KB_CONFIG_FILES_CREATED", String.join(",", created));
    files.put("KB_CONFIG_FILES_REMOVED", String.join(",", removed));
    files.put("KB_CONFIG_FILES_UPDATED", String.join(",", updated));
    return files;
  }

  private static String join(String dir, String file) {
    return dir.endsWith("/") ? dir + file : dir + "/" + file;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
