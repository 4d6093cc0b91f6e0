package dev.kbforge.compiler.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definition objects the clusters of a {@code kubeblocks} render use, each once: they are
 * cluster-scoped (or, for template ConfigMaps, shared by every cluster), so they go into one shared
 * folder rather than into each cluster's.
 */
final class SharedDefinitions {
  private final Map<String, ObjectNode> byIdentity = new LinkedHashMap<>();

  /** Adds an object unless one of the same apiVersion, kind, namespace and name is there. */
  void add(ObjectNode object) {
    byIdentity.putIfAbsent(identity(object), object);
  }

  boolean contains(ObjectNode object) {
    return byIdentity.containsKey(identity(object));
  }

  List<ObjectNode> objects() {
    return new ArrayList<>(byIdentity.values());
  }

  private static String identity(ObjectNode object) {
    return String.join(
        "/",
        object.path("apiVersion").asString(""),
        object.path("kind").asString(""),
        object.path("metadata").path("namespace").asString(""),
        object.path("metadata").path("name").asString(""));
  }
}
