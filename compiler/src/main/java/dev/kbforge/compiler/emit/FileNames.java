package dev.kbforge.compiler.emit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Names the file of each object in one folder: {@code <kind>-<name>.yaml}, lower case. When two
 * objects would share a name (the same kind and name in two API groups, or in two namespaces), each
 * of them is qualified with its group ({@code core} for the core group) and, if that is not enough,
 * its namespace: {@code cluster-pg.apps.kubeblocks.io.yaml}. A name that still clashes gets {@code
 * -2}, {@code -3}... The choice depends only on the set of objects, never on their order.
 */
final class FileNames {
  private static final String SUFFIX = ".yaml";

  private FileNames() {}

  /** One file name per object, in the order of {@code objects}. */
  static List<String> assign(List<ObjectNode> objects) {
    Map<String, List<Integer>> byBase = new TreeMap<>();
    for (int i = 0; i < objects.size(); i++) {
      byBase.computeIfAbsent(base(objects.get(i)), k -> new ArrayList<>()).add(i);
    }
    String[] names = new String[objects.size()];
    Set<String> taken = new HashSet<>();
    byBase.forEach(
        (base, members) -> {
          if (members.size() == 1) {
            names[members.get(0)] = base;
            taken.add(base);
          }
        });
    byBase.forEach(
        (base, members) -> {
          if (members.size() > 1) {
            qualify(objects, base, members, names, taken);
          }
        });
    List<String> files = new ArrayList<>(names.length);
    for (String name : names) {
      files.add(name + SUFFIX);
    }
    return files;
  }

  private static void qualify(
      List<ObjectNode> objects, String base, List<Integer> members, String[] names, Set<String> t) {
    List<Integer> sorted = new ArrayList<>(members);
    sorted.sort(Comparator.comparing(i -> identity(objects.get(i))));
    Set<String> groups = new HashSet<>();
    boolean groupsDiffer = true;
    for (int i : sorted) {
      groupsDiffer &= groups.add(ObjectKeys.group(objects.get(i)));
    }
    String previous = null;
    for (int i : sorted) {
      ObjectNode object = objects.get(i);
      String identity = identity(object);
      if (identity.equals(previous)) {
        throw new IllegalArgumentException("the same object twice in one folder: " + identity);
      }
      previous = identity;
      String group = ObjectKeys.group(object);
      String qualified = base + "." + clean(group.isEmpty() ? "core" : group);
      if (!groupsDiffer) {
        String namespace = ObjectKeys.namespace(object);
        qualified += "." + clean(namespace.isEmpty() ? "cluster" : namespace);
      }
      String unique = qualified;
      for (int n = 2; !t.add(unique); n++) {
        unique = qualified + "-" + n;
      }
      names[i] = unique;
    }
  }

  /**
   * {@code <kind>-<name>} in lower case, with anything but letters, digits, '.', '-', '_' as '_'.
   */
  static String base(ObjectNode object) {
    return clean(ObjectKeys.kind(object)) + "-" + clean(ObjectKeys.name(object));
  }

  /** group, kind, namespace, name: equal identities are the same Kubernetes object. */
  private static String identity(ObjectNode object) {
    return String.join(
        "/",
        ObjectKeys.group(object),
        ObjectKeys.kind(object),
        ObjectKeys.namespace(object),
        ObjectKeys.name(object));
  }

  /**
   * Kubernetes names are already safe; this keeps a bad one from making a path or a hidden file.
   */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
      out.append(safe || c == '_' ? c : '_');
    }
    return out.toString();
  }
}
