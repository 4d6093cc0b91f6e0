package dev.kbforge.compiler.render.gotmpl;

import dev.kbforge.compiler.synth.QuantityValue;
import dev.kbforge.gotemplate.FunctionException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reading Kubernetes objects in their JSON shape the way KubeBlocks' functions read them after
 * decoding into corev1 types (pkg/controller/render/builtin_functions.go, {@code fromJSONObject}):
 * nil decodes to an empty object, a value of the wrong shape is a decoding error.
 */
final class PodObjects {
  private PodObjects() {}

  /** A container (or any object): nil is an empty one. */
  static Map<String, Object> container(Object value) throws FunctionException {
    return map(value);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) throws FunctionException {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new FunctionException("json: cannot unmarshal " + kind(value) + " into a Go struct");
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) throws FunctionException {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new FunctionException("json: cannot unmarshal " + kind(value) + " into a Go slice");
  }

  /** The element of a list of objects whose {@code name} is {@code name}, or nil. */
  static Object named(Object items, Object name) throws FunctionException {
    for (Object item : list(items)) {
      if (String.valueOf(name).equals(string(map(item).get("name")))) {
        return item;
      }
    }
    return null;
  }

  /** {@code getPVCByName}: the VolumeSource of a named volume (the volume without its name). */
  static Object volumeSource(List<Object> volumes, String name) throws FunctionException {
    Object volume = named(volumes, name);
    if (volume == null) {
      return null;
    }
    Map<String, Object> source = new LinkedHashMap<>(map(volume));
    source.remove("name");
    return source;
  }

  /**
   * {@code getEnvByName}: a plain {@code value} of the container's env. Values KubeBlocks reads
   * from the API server (ConfigMap, Secret, field and resource references, envFrom) are not read
   * offline.
   */
  static String env(Map<String, Object> container, String name) throws FunctionException {
    for (Object item : list(container.get("env"))) {
      Map<String, Object> env = map(item);
      if (!name.equals(string(env.get("name")))) {
        continue;
      }
      if (env.get("valueFrom") != null) {
        throw new FunctionException(
            "env " + name + " comes from valueFrom, which kbforge does not read offline");
      }
      return string(env.get("value"));
    }
    if (!list(container.get("envFrom")).isEmpty()) {
      throw new FunctionException(
          "env " + name + " is not a plain env value; envFrom is not read offline");
    }
    return "";
  }

  static String string(Object value) {
    return value instanceof String s ? s : "";
  }

  /** Kubernetes' {@code Quantity.Value()}: rounded up to an integer. */
  static long quantity(Object value) throws FunctionException {
    OptionalLong parsed = OptionalLong.empty();
    if (value instanceof String s) {
      parsed = QuantityValue.of(JsonNodeFactory.instance.stringNode(s));
    } else if (value instanceof Double d && Double.isFinite(d)) {
      parsed = QuantityValue.of(JsonNodeFactory.instance.numberNode(BigDecimal.valueOf(d)));
    } else if (value instanceof Long l) {
      parsed = OptionalLong.of(l);
    }
    if (parsed.isEmpty()) {
      throw new FunctionException("quantities must match the regular expression");
    }
    return parsed.getAsLong();
  }

  private static String kind(Object value) {
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof List) {
      return "array";
    }
    return value instanceof Boolean ? "bool" : "number";
  }
}
