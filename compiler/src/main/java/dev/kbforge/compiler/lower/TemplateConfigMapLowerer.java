package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * One ConfigMap {@code <cluster>-<comp>-<template>} per rendered config or script template
 * (reference sections 6.2, 6.3, 6.6), labelled as KubeBlocks' file-template transformer labels it,
 * with the checksum of its files in {@code config.kubeblocks.io/config-hash} (the Cluster's {@code
 * configHash} of a config template when it sets one, as KubeBlocks does).
 */
public final class TemplateConfigMapLowerer implements Lowerer {
  static final String FILE_TEMPLATE_VALUE = "true";

  @Override
  public List<ObjectNode> lower(LoweringContext context) {
    SynthesizedComponent c = context.component();
    List<ObjectNode> configMaps = new ArrayList<>();
    for (RenderedTemplate template : context.templates()) {
      Map<String, String> labels = Labels.component(c);
      labels.put(Labels.COMPONENT, c.definitionName());
      labels.put(Labels.FILE_TEMPLATE, FILE_TEMPLATE_VALUE);
      Map<String, String> annotations = Labels.definitionAnnotations(c);
      annotations.put(Labels.CONFIG_HASH, ConfigEntry.configHash(c, template));
      ObjectNode configMap =
          Manifests.object(
              "v1",
              "ConfigMap",
              Names.templateConfigMap(c, template.name()),
              c.cluster().namespace(),
              labels,
              annotations);
      configMap.set("data", Manifests.strings(template.files()));
      configMaps.add(configMap);
    }
    return configMaps;
  }
}
