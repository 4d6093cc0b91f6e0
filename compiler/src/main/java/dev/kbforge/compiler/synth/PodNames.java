package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import tools.jackson.databind.JsonNode;

/**
 * The pod names of a component as the InstanceSet will create them (reference section 6.2): the
 * default template's pods {@code <fullName>-<ordinal>}, an instance template T's pods {@code
 * <fullName>-<T>-<ordinal>}, ordinals from 0 (or from the template's {@code ordinals}) skipping
 * {@code offlineInstances}, sorted by name prefix then ordinal. With {@code flatInstanceOrdinal}
 * every pod is {@code <fullName>-<n>} with ordinals unique across templates.
 */
public final class PodNames {
  private PodNames() {}

  /** Pod names of a component. */
  public static List<String> of(SynthesizedComponent component) {
    return of(component.fullName(), component.spec(), component.replicas());
  }

  /**
   * @param fullName the InstanceSet name, {@code <cluster>-<comp>}
   * @param spec the ClusterComponentSpec ({@code instances}, {@code ordinals}, {@code
   *     offlineInstances}, {@code flatInstanceOrdinal})
   * @param replicas the component's replicas
   */
  public static List<String> of(String fullName, JsonNode spec, int replicas) {
    List<Template> templates = templates(spec, replicas);
    Set<String> offline = new HashSet<>();
    Nodes.items(spec, "offlineInstances").forEach(n -> offline.add(n.asString()));
    if (Nodes.isTrue(spec, "flatInstanceOrdinal")) {
      return flat(fullName, templates, offline);
    }
    List<Pod> pods = new ArrayList<>();
    for (Template t : templates) {
      String parent = t.name().isEmpty() ? fullName : fullName + "-" + t.name();
      long named = 0;
      for (long ordinal : candidates(t)) {
        if (named >= t.replicas()) {
          break;
        }
        if (!offline.contains(parent + "-" + ordinal)) {
          pods.add(new Pod(parent, ordinal));
          named++;
        }
      }
    }
    pods.sort(Comparator.comparing(Pod::parent).thenComparingLong(Pod::ordinal));
    return pods.stream().map(p -> p.parent() + "-" + p.ordinal()).toList();
  }

  /**
   * The ordinals a template may use, in order: its explicit ones, or 0, 1, 2... (enough to fill its
   * replicas even when some are offline).
   */
  private static Iterable<Long> candidates(Template t) {
    if (!t.ordinals().isEmpty()) {
      return t.ordinals();
    }
    return () -> LongStream.iterate(0, o -> o + 1).boxed().iterator();
  }

  /** Flat naming: explicit template ordinals first, then the lowest free ordinals. */
  private static List<String> flat(String fullName, List<Template> templates, Set<String> offline) {
    TreeSet<Long> used = new TreeSet<>();
    for (Template t : templates) {
      t.ordinals().stream().limit(t.replicas()).forEach(used::add);
    }
    long next = 0;
    for (Template t : templates) {
      for (int i = t.ordinals().size(); i < t.replicas(); i++) {
        while (used.contains(next) || offline.contains(fullName + "-" + next)) {
          next++;
        }
        used.add(next);
      }
    }
    return used.stream().map(o -> fullName + "-" + o).toList();
  }

  /** The instance templates, then the default template with the replicas they leave. */
  private static List<Template> templates(JsonNode spec, int replicas) {
    List<Template> out = new ArrayList<>();
    long used = 0;
    for (JsonNode inst : Nodes.items(spec, "instances")) {
      long n = Math.max(0, Nodes.integer(inst, "replicas", 1));
      used += n;
      out.add(new Template(Nodes.text(inst, "name"), n, ordinals(inst.path("ordinals"))));
    }
    out.add(0, new Template("", Math.max(0, replicas - used), ordinals(spec.path("ordinals"))));
    return out;
  }

  /** {@code ordinals: {ranges: [{start, end}], discrete: [...]}} as a sorted list. */
  private static List<Long> ordinals(JsonNode ordinals) {
    TreeSet<Long> set = new TreeSet<>();
    for (JsonNode range : Nodes.items(ordinals, "ranges")) {
      long start = Nodes.integer(range, "start", 0);
      long end = Nodes.integer(range, "end", -1);
      for (long o = start; o <= end && set.size() < 100_000; o++) {
        set.add(o);
      }
    }
    for (JsonNode o : Nodes.items(ordinals, "discrete")) {
      if (o.isIntegralNumber()) {
        set.add(o.asLong());
      }
    }
    return List.copyOf(set);
  }

  private record Template(String name, long replicas, List<Long> ordinals) {}

  private record Pod(String parent, long ordinal) {}
}
