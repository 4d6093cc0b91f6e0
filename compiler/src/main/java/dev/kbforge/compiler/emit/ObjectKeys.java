package dev.kbforge.compiler.emit;

import tools.jackson.databind.JsonNode;

/** Reads the identity fields of a Kubernetes object, failing loudly when lowering left one out. */
final class ObjectKeys {
  private ObjectKeys() {}

  static String apiVersion(JsonNode object) {
    return required(object, object.path("apiVersion"), "apiVersion");
  }

  static String kind(JsonNode object) {
    return required(object, object.path("kind"), "kind");
  }

  static String name(JsonNode object) {
    return required(object, object.path("metadata").path("name"), "metadata.name");
  }

  /** The namespace, or "" for cluster-scoped objects. */
  static String namespace(JsonNode object) {
    JsonNode namespace = object.path("metadata").path("namespace");
    return namespace.isString() ? namespace.asString() : "";
  }

  /** The API group: "apps" for apps/v1, "" for the core group (v1). */
  static String group(JsonNode object) {
    String apiVersion = apiVersion(object);
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static String required(JsonNode object, JsonNode value, String field) {
    if (!value.isString() || value.asString().isEmpty()) {
      // Objects come from our own lowering, so a missing identity field is a bug, not bad input.
      throw new IllegalArgumentException("Kubernetes object without " + field + ": " + object);
    }
    return value.asString();
  }
}
