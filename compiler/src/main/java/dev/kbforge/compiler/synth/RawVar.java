package dev.kbforge.compiler.synth;

import tools.jackson.databind.JsonNode;

/**
 * One var after its source is resolved and before {@code $(VAR)} expansion: a value, or a {@code
 * valueFrom} that Kubernetes resolves when the pod starts (a Secret or ConfigMap key).
 *
 * @param name the env var name
 * @param value the value ({@code ""} for a reference)
 * @param valueFrom a Kubernetes {@code EnvVarSource} object, or null for a value
 */
record RawVar(String name, String value, JsonNode valueFrom) {
  static RawVar value(String name, String value) {
    return new RawVar(name, value, null);
  }

  static RawVar reference(String name, JsonNode valueFrom) {
    return new RawVar(name, "", valueFrom);
  }

  boolean isReference() {
    return valueFrom != null;
  }
}
