package dev.kbforge.compiler.validate.kube;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The built-in Kubernetes kinds, by apiVersion and kind, as fabric8's model jars list them: each
 * jar names its resource classes in {@code META-INF/services/...KubernetesResource}, and each class
 * carries its group and version as annotations. Read once, when the first plain Kubernetes document
 * is met.
 */
public final class KubeKinds {
  private static final String SERVICES = "META-INF/services/" + KubernetesResource.class.getName();

  /** "apiVersion kind" to model class. */
  private final Map<String, Class<?>> byApiVersionKind;

  /** Group ("" for core) to the kinds it serves, for a "did you mean". */
  private final Map<String, Set<String>> kindsByGroup;

  private KubeKinds(Map<String, Class<?>> byApiVersionKind, Map<String, Set<String>> byGroup) {
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
    return Optional.ofNullable(byApiVersionKind.get(apiVersion + " " + kind));
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
    Map<String, Class<?>> models = new HashMap<>();
    Map<String, Set<String>> byGroup = new TreeMap<>();
    ClassLoader loader = KubeKinds.class.getClassLoader();
    for (String className : classNames(loader)) {
      Class<?> model;
      try {
        model = Class.forName(className, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        continue; // a listed class that is not there: nothing to check against
      }
      Version version = model.getAnnotation(Version.class);
      if (version == null || className.endsWith("List")) {
        continue; // options and list types are not documents one writes
      }
      Group group = model.getAnnotation(Group.class);
      String groupName = group == null ? "" : group.value();
      Kind kind = model.getAnnotation(Kind.class);
      String kindName = kind == null ? model.getSimpleName() : kind.value();
      String apiVersion = groupName.isEmpty() ? version.value() : groupName + "/" + version.value();
      models.putIfAbsent(apiVersion + " " + kindName, model);
      byGroup.computeIfAbsent(groupName, g -> new TreeSet<>()).add(kindName);
    }
    byGroup.replaceAll((g, kinds) -> Collections.unmodifiableSet(kinds));
    return new KubeKinds(Map.copyOf(models), Collections.unmodifiableMap(byGroup));
  }

  private static List<String> classNames(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> files = loader.getResources(SERVICES);
      while (files.hasMoreElements()) {
        try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
          in.lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .forEach(names::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fabric8's model list", e);
    }
    return List.copyOf(names);
  }
}
