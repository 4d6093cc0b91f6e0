package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pod volumes of the config and script templates (reference 6.6), and the checksum of their
 * rendered content that rolls the pods when a config changes.
 */
final class TemplateVolumes {
  /** File mode of a template volume whose template sets no defaultMode: 0444. */
  static final int DEFAULT_MODE = 0444;

  private TemplateVolumes() {}

  /** The {@code volumeName}s of the definition's configs and scripts. */
  static Set<String> declaredVolumeNames(SynthesizedComponent c) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode template : declared(c)) {
      String volume = Nodes.text(template, "volumeName");
      if (!volume.isEmpty()) {
        names.add(volume);
      }
    }
    return names;
  }

  /**
   * A ConfigMap volume per template with a volumeName, replacing a runtime volume of that name.
   * Rendered templates mount {@code <cluster>-<comp>-<template>}. Templates that were not rendered
   * (externalManaged) mount the Cluster's {@code configs[].configMap} when it names one, else the
   * same generated name, which whoever manages them provides.
   */
  static void apply(SynthesizedComponent c, List<RenderedTemplate> rendered, ObjectNode pod) {
    Map<String, RenderedTemplate> byName = new LinkedHashMap<>();
    rendered.forEach(t -> byName.put(t.name(), t));
    ArrayNode volumes = Manifests.array(pod, "volumes");
    for (JsonNode template : declared(c)) {
      String name = Nodes.text(template, "name");
      RenderedTemplate done = byName.remove(name);
      if (done != null) {
        add(volumes, done.volumeName(), Names.templateConfigMap(c, name), done.defaultMode());
      } else {
        addUnrendered(c, template, volumes);
      }
    }
    // rendered templates the definition does not declare (none today): mounted all the same
    byName
        .values()
        .forEach(
            t ->
                add(
                    volumes,
                    t.volumeName(),
                    Names.templateConfigMap(c, t.name()),
                    t.defaultMode()));
    if (volumes.isEmpty()) {
      pod.remove("volumes");
    }
  }

  private static void addUnrendered(SynthesizedComponent c, JsonNode template, ArrayNode volumes) {
    String name = Nodes.text(template, "name");
    String volumeName = Nodes.text(template, "volumeName");
    int mode = (int) Nodes.integer(template, "defaultMode", DEFAULT_MODE);
    JsonNode userMap = userConfig(c, name).path("configMap");
    if (volumeName.isEmpty() || !userMap.isObject()) {
      add(volumes, volumeName, Names.templateConfigMap(c, name), mode);
      return;
    }
    ObjectNode configMap = ((ObjectNode) userMap).deepCopy();
    if (!configMap.has("defaultMode")) {
      configMap.put("defaultMode", mode);
    }
    volume(volumes, volumeName).set("configMap", configMap);
  }

  private static void add(ArrayNode volumes, String volumeName, String configMapName, int mode) {
    if (volumeName.isEmpty()) {
      return;
    }
    ObjectNode configMap = volume(volumes, volumeName).putObject("configMap");
    configMap.put("name", configMapName);
    configMap.put("defaultMode", mode);
  }

  /** A fresh volume object of that name, in place of a same-named one or appended. */
  private static ObjectNode volume(ArrayNode volumes, String name) {
    ObjectNode volume = Manifests.NODES.objectNode();
    volume.put("name", name);
    for (int i = 0; i < volumes.size(); i++) {
      if (name.equals(Nodes.text(volumes.get(i), "name"))) {
        volumes.set(i, volume);
        return volume;
      }
    }
    volumes.add(volume);
    return volume;
  }

  /**
   * SHA-256 hex over {@code name:checksum} lines of the rendered templates in name order; {@code
   * ""} when there are none.
   */
  static String checksum(List<RenderedTemplate> rendered) {
    if (rendered.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    rendered.stream()
        .sorted(Comparator.comparing(RenderedTemplate::name))
        .forEach(t -> text.append(t.name()).append(':').append(t.checksum()).append('\n'));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static List<JsonNode> declared(SynthesizedComponent c) {
    List<JsonNode> templates = Nodes.items(c.definitionSpec(), "configs");
    templates.addAll(Nodes.items(c.definitionSpec(), "scripts"));
    return templates;
  }

  /** The Cluster component's {@code configs[]} entry of that name, or a missing node. */
  private static JsonNode userConfig(SynthesizedComponent c, String name) {
    for (JsonNode config : c.spec().path("configs")) {
      if (name.equals(Nodes.text(config, "name"))) {
        return config;
      }
    }
    return Manifests.NODES.missingNode();
  }
}
