package dev.kbforge.compiler.crd;

import java.util.List;
import java.util.Map;

/**
 * The lists KubeBlocks declares as {@code x-kubernetes-list-type: map}: server-side apply merges
 * them item by item (by the key fields) instead of replacing them whole, and a transition rule
 * inside their items (a sharding's immutable name) can see the old item. Paths as in {@link
 * KindRules}; embedded Kubernetes types are left open in our schemas and are not listed.
 */
final class ListMaps {
  private ListMaps() {}

  /** List path to its key fields. */
  static Map<String, List<String>> of(CrdKind kind) {
    List<String> name = List.of("name");
    return switch (kind) {
      case CLUSTER ->
          Map.of(
              "spec.shardings", name,
              "spec.componentSpecs[].instances", name,
              "spec.shardings[].template.instances", name);
      case COMPONENT_DEFINITION -> Map.of("spec.logConfigs", name);
      case INSTANCE_SET -> Map.of("spec.instances", name);
      case CLUSTER_DEFINITION, COMPONENT_VERSION, SHARDING_DEFINITION -> Map.of();
    };
  }
}
