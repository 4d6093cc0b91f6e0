package dev.kbforge.reconciler.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A config template of a StatefulSet component that is reloaded in place rather than by restarting
 * the pods, as render lists it in the workload's annotation {@value #ANNOTATION}
 * (compiler/.../lower/ReconfigureHints.java): what KubeBlocks' InstanceSet controller reads from
 * {@code spec.configs} (pkg/controller/instanceset/reconciler_update.go reconfigureInst).
 *
 * @param template the template's name
 * @param action kbagent's name of its reconfigure action ({@code reconfigure} or {@code
 *     udf-reconfigure-...})
 * @param configHash the hash of the content the tree has
 * @param configMap the ConfigMap that holds it
 * @param mountPath where the first container mounts it, {@code ""} when it does not
 * @param parameters the Cluster's variables of the template
 * @param arguments the Cluster's reconfigureArgs ({@code [[k, v], ...]}), passed as kbagent's
 *     request arguments
 */
public record ConfigHint(
    String template,
    String action,
    String configHash,
    String configMap,
    String mountPath,
    Map<String, String> parameters,
    List<List<String>> arguments) {
  /** Render's annotation (a JSON array of these). */
  public static final String ANNOTATION = "kbforge.dev/reconfigure";

  public ConfigHint {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    arguments = arguments.stream().map(List::copyOf).toList();
  }

  /** The hints of a parsed annotation, in its order. */
  static List<ConfigHint> parse(JsonNode json) {
    List<ConfigHint> hints = new ArrayList<>();
    for (JsonNode hint : json) {
      Map<String, String> parameters = new LinkedHashMap<>();
      hint.path("parameters")
          .properties()
          .forEach(e -> parameters.put(e.getKey(), e.getValue().asString("")));
      List<List<String>> arguments = new ArrayList<>();
      for (JsonNode argument : hint.path("arguments")) {
        List<String> values = new ArrayList<>();
        argument.forEach(v -> values.add(v.asString("")));
        arguments.add(values);
      }
      hints.add(
          new ConfigHint(
              hint.path("template").asString(""),
              hint.path("action").asString(""),
              hint.path("configHash").asString(""),
              hint.path("configMap").asString(""),
              hint.path("mountPath").asString(""),
              parameters,
              arguments));
    }
    return hints;
  }
}
