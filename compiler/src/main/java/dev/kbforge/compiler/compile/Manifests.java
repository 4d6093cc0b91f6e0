package dev.kbforge.compiler.compile;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Turns input documents into manifests to apply: what the API server fills in is left out. */
final class Manifests {
  /** Fields only the API server sets; applying them back fails or conflicts. */
  private static final List<String> SERVER_METADATA =
      List.of(
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "deletionTimestamp",
          "managedFields",
          "selfLink");

  private Manifests() {}

  /** A copy of {@code document} without {@code status} and server-set metadata. */
  static ObjectNode clean(ObjectNode document) {
    ObjectNode copy = document.deepCopy();
    copy.remove("status");
    if (copy.get("metadata") instanceof ObjectNode metadata) {
      metadata.remove(SERVER_METADATA);
    }
    return copy;
  }

  /** {@link #clean}, in {@code namespace} when the document names none. */
  static ObjectNode cleanIn(ObjectNode document, String namespace) {
    ObjectNode copy = clean(document);
    ObjectNode metadata = copy.withObjectProperty("metadata");
    if (!metadata.path("namespace").isString() || metadata.path("namespace").asString().isEmpty()) {
      metadata.put("namespace", namespace);
    }
    return copy;
  }
}
