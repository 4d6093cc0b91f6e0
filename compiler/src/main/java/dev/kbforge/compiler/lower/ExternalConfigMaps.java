package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.RenderedTemplate;
import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ConfigMap {@code <cluster>-<comp>-<template>} of an externalManaged config template, as
 * KubeBlocks' parameters controller builds it ({@code buildConfigMapWithTemplate} in
 * pkg/controller/render/template_render.go): the definition's labels, the component labels, {@code
 * config.kubeblocks.io/config-type: instance}, {@code config.kubeblocks.io/template-name} and the
 * content hash in {@code config.kubeblocks.io/config-hash}, the definition's annotations and {@code
 * config.kubeblocks.io/disable-reconfigure: "false"}.
 */
public final class ExternalConfigMaps {
  static final String CONFIG_TYPE = "config.kubeblocks.io/config-type";
  static final String TEMPLATE_NAME = "config.kubeblocks.io/template-name";
  static final String DISABLE_RECONFIGURE = "config.kubeblocks.io/disable-reconfigure";

  private ExternalConfigMaps() {}

  /**
   * @param template the rendered template
   * @param source the name of the template ConfigMap it was rendered from
   */
  public static ObjectNode of(SynthesizedComponent c, RenderedTemplate template, String source) {
    Map<String, String> labels = Labels.component(c);
    labels.put(CONFIG_TYPE, "instance");
    labels.put(TEMPLATE_NAME, source);
    // where the parameters controller backfills the component's configHash from
    // (backfillAbsentConfigHash, controllers/parameters/parametertemplateextension_controller.go)
    labels.put(Labels.CONFIG_HASH, template.checksum());
    Map<String, String> annotations = Labels.definitionAnnotations(c);
    annotations.put(DISABLE_RECONFIGURE, "false");
    ObjectNode configMap =
        Manifests.object(
            "v1",
            "ConfigMap",
            Names.templateConfigMap(c, template.name()),
            c.cluster().namespace(),
            labels,
            annotations);
    configMap.set("data", Manifests.strings(template.files()));
    return configMap;
  }
}
