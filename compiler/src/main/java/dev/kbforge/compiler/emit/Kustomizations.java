package dev.kbforge.compiler.emit;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds kustomization.yaml documents. Every one sets {@code sortOptions: {order: fifo}} so that
 * kustomize keeps the order of {@code resources} (our apply order) instead of its own kind order;
 * that needs kustomize 5 (kubectl 1.27 or later).
 */
final class Kustomizations {
  static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Kustomizations() {}

  /** A Kustomization listing {@code resources} in the given order. */
  static ObjectNode of(List<String> resources) {
    ObjectNode kustomization = NODES.objectNode();
    kustomization.put("apiVersion", API_VERSION);
    kustomization.put("kind", "Kustomization");
    ArrayNode list = kustomization.putArray("resources");
    resources.forEach(list::add);
    kustomization.putObject("sortOptions").put("order", "fifo");
    return kustomization;
  }

  /** The YAML bytes of a Kustomization listing {@code resources}. */
  static byte[] bytes(List<String> resources) {
    return ManifestWriter.write(of(resources));
  }
}
