package dev.kbforge.compiler.validate.kube;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kbforge.compiler.validate.kube.KubeType.ListOf;
import dev.kbforge.compiler.validate.kube.KubeType.MapOf;
import dev.kbforge.compiler.validate.kube.KubeType.Model;
import dev.kbforge.compiler.validate.kube.KubeType.Scalar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON fields of a fabric8 model class and what each holds, read once per class by reflection
 * over its {@code @JsonProperty} fields (Jackson 3 keeps that annotation in the {@code
 * com.fasterxml} package). The {@code additionalProperties} catch-all is not annotated, so it is
 * never a known field.
 */
public final class KubeModels {
  private static final Map<Class<?>, Map<String, KubeType>> CACHE = new ConcurrentHashMap<>();

  private KubeModels() {}

  /**
   * Field name to type; empty for a class that declares no fields, an open object such as {@code
   * FieldsV1} whose content is not checked. Nested classes are read only when a document reaches
   * them: reading all ~120 classes under PodSpec up front costs a noticeable part of a run.
   */
  public static Map<String, KubeType> fields(Class<?> model) {
    return CACHE.computeIfAbsent(model, KubeModels::reflect);
  }

  private static Map<String, KubeType> reflect(Class<?> model) {
    Map<String, KubeType> fields = new LinkedHashMap<>();
    for (Class<?> c = model; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        if (property == null || Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        String name = property.value().isEmpty() ? field.getName() : property.value();
        fields.putIfAbsent(name, typeOf(field.getGenericType()));
      }
    }
    return Collections.unmodifiableMap(fields);
  }

  static KubeType typeOf(Type type) {
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] args = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return new ListOf(typeOf(args[0]));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new MapOf(typeOf(args[1]));
      }
      return Scalar.ANY;
    }
    return type instanceof Class<?> c ? classType(c) : Scalar.ANY;
  }

  private static KubeType classType(Class<?> c) {
    if (c == String.class || c.isEnum()) {
      return Scalar.STRING;
    }
    if (c == Integer.class
        || c == Long.class
        || c == Short.class
        || c == int.class
        || c == long.class
        || c == short.class) {
      return Scalar.INTEGER;
    }
    if (c == Boolean.class || c == boolean.class) {
      return Scalar.BOOLEAN;
    }
    if (c == Double.class || c == Float.class || c == double.class || c == float.class) {
      return Scalar.NUMBER;
    }
    if (c == IntOrString.class) {
      return Scalar.INT_OR_STRING;
    }
    if (c == Quantity.class) {
      return Scalar.QUANTITY;
    }
    boolean model =
        c.getName().startsWith("io.fabric8.kubernetes.api.model.")
            && !c.isInterface()
            && !Modifier.isAbstract(c.getModifiers());
    return model ? new Model(c) : Scalar.ANY;
  }
}
