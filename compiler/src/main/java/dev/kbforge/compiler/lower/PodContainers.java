package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.ResolvedVars;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What the component adds to each container: resources, images, env and vars. */
final class PodContainers {
  /** Init containers first, as KubeBlocks walks them. */
  static final List<String> CONTAINER_LISTS = List.of("initContainers", "containers");

  private PodContainers() {}

  /**
   * {@code disableExporter: true} on the Cluster's component removes the definition's exporter
   * container ({@code exporter.containerName}) from the pod, as KubeBlocks' monitor transformer
   * does (the headless Service leaves its ports out the same way).
   */
  static void removeDisabledExporter(SynthesizedComponent c, ObjectNode pod) {
    String exporter = Nodes.text(c.definitionSpec().path("exporter"), "containerName");
    if (!Nodes.isTrue(c.spec(), "disableExporter") || exporter.isEmpty()) {
      return;
    }
    JsonNode containers = pod.path("containers");
    for (int i = containers.size() - 1; i >= 0; i--) {
      if (exporter.equals(Nodes.text(containers.get(i), "name"))) {
        ((ArrayNode) containers).remove(i);
      }
    }
  }

  /** The component's {@code resources} replace those of containers[0], and only of it. */
  static void applyResources(SynthesizedComponent c, ObjectNode pod) {
    JsonNode resources = c.spec().path("resources");
    JsonNode first = pod.path("containers").path(0);
    if (Manifests.present(resources) && first instanceof ObjectNode container) {
      container.set("resources", resources.deepCopy());
    }
  }

  /**
   * The image KubeBlocks chose for each container (names compared case-insensitively) replaces the
   * runtime's. A container with neither is reported, and its cluster stopped, by the resolve phase
   * (synth.ImageResolver, KB5201) before lowering.
   */
  static void applyImages(SynthesizedComponent c, ObjectNode pod) {
    Map<String, String> images = new HashMap<>();
    c.images().forEach((name, image) -> images.put(name.toLowerCase(Locale.ROOT), image));
    for (String list : CONTAINER_LISTS) {
      JsonNode containers = pod.path(list);
      for (int i = 0; i < containers.size(); i++) {
        if (!(containers.get(i) instanceof ObjectNode container)) {
          continue;
        }
        String name = container.path("name").asString("");
        String image = images.get(name.toLowerCase(Locale.ROOT));
        if (image != null) {
          container.put("image", image);
        }
      }
    }
  }

  /** The component's {@code env} goes after the env of every (non-init) container. */
  static void appendComponentEnv(SynthesizedComponent c, ObjectNode pod) {
    JsonNode env = c.spec().path("env");
    if (!Manifests.present(env)) {
      return;
    }
    for (JsonNode node : pod.path("containers")) {
      if (node instanceof ObjectNode container) {
        ArrayNode target = Manifests.array(container, "env");
        env.forEach(e -> target.add(e.deepCopy()));
      }
    }
  }

  /**
   * Delivers the vars (reference 6.5) to every container and init container: the reference vars in
   * front of the container's own env, and the env ConfigMap of plain vars as envFrom.
   */
  static void applyVars(SynthesizedComponent c, ResolvedVars vars, ObjectNode pod) {
    for (String list : CONTAINER_LISTS) {
      for (JsonNode node : pod.path(list)) {
        if (node instanceof ObjectNode container) {
          prependEnv(container, vars.env());
          if (!vars.plain().isEmpty()) {
            ObjectNode ref =
                Manifests.array(container, "envFrom").addObject().putObject("configMapRef");
            ref.put("name", Names.envConfigMap(c));
            ref.put("optional", false);
          }
        }
      }
    }
  }

  private static void prependEnv(ObjectNode container, List<JsonNode> env) {
    if (env.isEmpty()) {
      return;
    }
    ArrayNode merged = Manifests.NODES.arrayNode();
    env.forEach(e -> merged.add(e.deepCopy()));
    container.path("env").forEach(e -> merged.add(e));
    container.set("env", merged);
  }
}
