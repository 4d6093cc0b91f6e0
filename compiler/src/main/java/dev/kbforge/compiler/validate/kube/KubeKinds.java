package dev.kbforge.compiler.validate.kube;

import io.fabric8.kubernetes.api.model.Namespaced;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The built-in Kubernetes kinds, by apiVersion and kind, as fabric8's model jars list them (each
 * jar names its resource classes in {@code META-INF/services/...KubernetesResource}, and each class
 * carries its group, version and kind as annotations). Reading that meant loading some 400 model
 * classes, a tenth of a {@code kb validate}'s start, so the list is read once at build time into
 * {@link #INDEX} ({@code KubeKindsIndexTest} keeps it in step with the jars) and a model class is
 * loaded only when a document of its kind comes.
 */
public final class KubeKinds {
  /** The classpath resource: one "apiVersion kind class" line per kind, sorted. */
  static final String INDEX = "kube-kinds.txt";

  /** "apiVersion kind" to model class name. */
  private final Map<String, String> byApiVersionKind;

  /** Group ("" for core) to the kinds it serves, for a "did you mean". */
  private final Map<String, Set<String>> kindsByGroup;

  private KubeKinds(Map<String, String> byApiVersionKind, Map<String, Set<String>> byGroup) {
    this.byApiVersionKind = byApiVersionKind;
    this.kindsByGroup = byGroup;
  }

  private static final class Holder {
    static final KubeKinds INSTANCE = read();
  }

  public static KubeKinds instance() {
    return Holder.INSTANCE;
  }

  /** The model class of a built-in kind, e.g. NetworkPolicy for networking.k8s.io/v1. */
  public Optional<Class<?>> model(String apiVersion, String kind) {
    String name = byApiVersionKind.get(apiVersion + " " + kind);
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Class.forName(name, false, KubeKinds.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty(); // an index out of step with the jars: nothing to check against
    }
  }

  /** Whether the apiVersion's group is a built-in one (core, apps, networking.k8s.io...). */
  public boolean builtInGroup(String apiVersion) {
    return kindsByGroup.containsKey(groupOf(apiVersion));
  }

  /** The kinds a built-in group serves (in any version), sorted. */
  public Set<String> kindsOf(String apiVersion) {
    return kindsByGroup.getOrDefault(groupOf(apiVersion), Set.of());
  }

  /** Whether objects of this model live in a namespace. */
  public static boolean namespaced(Class<?> model) {
    return Namespaced.class.isAssignableFrom(model);
  }

  /** The group of an apiVersion: "" for the core group ({@code v1}). */
  public static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static KubeKinds read() {
    Map<String, String> models = new HashMap<>();
    Map<String, Set<String>> byGroup = new TreeMap<>();
    try (InputStream index = KubeKinds.class.getResourceAsStream(INDEX)) {
      if (index == null) {
        throw new IllegalStateException(INDEX + " is missing from the classpath");
      }
      new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(
              line -> {
                String[] fields = line.split(" ");
                models.put(fields[0] + " " + fields[1], fields[2]);
                byGroup.computeIfAbsent(groupOf(fields[0]), g -> new TreeSet<>()).add(fields[1]);
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    byGroup.replaceAll((g, kinds) -> Collections.unmodifiableSet(kinds));
    return new KubeKinds(Map.copyOf(models), Collections.unmodifiableMap(byGroup));
  }
}
