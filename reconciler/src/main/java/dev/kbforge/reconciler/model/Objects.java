package dev.kbforge.reconciler.model;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small null-safe readers of untyped Kubernetes objects. */
public final class Objects {
  private Objects() {}

  /** The group of an apiVersion: {@code apps} of {@code apps/v1}, {@code ""} of {@code v1}. */
  public static String group(String apiVersion) {
    if (apiVersion == null) {
      return "";
    }
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  /** The version of an apiVersion: {@code v1} of {@code apps/v1}. */
  public static String version(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
  }

  public static String label(HasMetadata object, String key) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels == null ? null : labels.get(key);
  }

  public static String annotation(HasMetadata object, String key) {
    Map<String, String> annotations = object.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(key);
  }

  /** The object as a JSON tree (a new one: changing it leaves the object alone). */
  public static JsonNode tree(HasMetadata object) {
    return Serialization.jsonMapper().valueToTree(object);
  }

  /** An untyped object from a JSON tree. */
  public static GenericKubernetesResource fromTree(JsonNode tree) {
    return Serialization.jsonMapper().treeToValue(tree, GenericKubernetesResource.class);
  }

  /** A deep copy. */
  public static GenericKubernetesResource copy(GenericKubernetesResource object) {
    return Serialization.clone(object);
  }
}
