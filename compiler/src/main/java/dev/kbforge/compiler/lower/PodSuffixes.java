package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.synth.SynthesizedComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The pods a component will have, as suffixes of {@code <cluster>-<comp>-} ({@code 0}, {@code
 * tpl-1}...), the way the InstanceSet names them (reference section 6.2): instance templates first,
 * in order, then the default template with the remaining replicas; ordinals start at 0 per template
 * (or follow the template's {@code ordinals}) and skip the names in {@code offlineInstances}. With
 * {@code flatInstanceOrdinal} every pod is {@code <n>}, ordinals unique across templates.
 */
final class PodSuffixes {
  private PodSuffixes() {}

  static List<String> of(SynthesizedComponent c) {
    JsonNode spec = c.spec();
    String prefix = c.fullName() + "-";
    Set<String> offline = new HashSet<>();
    for (JsonNode name : spec.path("offlineInstances")) {
      if (name.isString() && name.asString().startsWith(prefix)) {
        offline.add(name.asString().substring(prefix.length()));
      }
    }
    boolean flat = Manifests.flag(spec, "flatInstanceOrdinal");
    Set<Long> usedOrdinals = new HashSet<>(); // across templates, for the flat naming
    List<String> suffixes = new ArrayList<>();
    int remaining = Math.max(0, c.replicas());
    for (JsonNode template : spec.path("instances")) {
      String name = Manifests.text(template, "name");
      JsonNode replicasNode = template.path("replicas");
      int replicas = replicasNode.isIntegralNumber() ? replicasNode.asInt() : 1;
      replicas = Math.max(0, Math.min(replicas, remaining));
      remaining -= replicas;
      suffixes.addAll(
          names(
              flat ? "" : name,
              replicas,
              ordinals(template.path("ordinals")),
              offline,
              flat,
              usedOrdinals));
    }
    suffixes.addAll(
        names("", remaining, ordinals(spec.path("ordinals")), offline, flat, usedOrdinals));
    return suffixes;
  }

  private static List<String> names(
      String template,
      int replicas,
      List<Long> ordinals,
      Set<String> offline,
      boolean flat,
      Set<Long> usedOrdinals) {
    List<String> names = new ArrayList<>();
    String head = template.isEmpty() ? "" : template + "-";
    int next = 0;
    long ordinal = 0;
    while (names.size() < replicas) {
      long n;
      if (!ordinals.isEmpty()) {
        if (next >= ordinals.size()) {
          break; // fewer ordinals than replicas: KubeBlocks refuses the InstanceSet
        }
        n = ordinals.get(next++);
      } else {
        n = ordinal++;
        if (flat && usedOrdinals.contains(n)) {
          continue;
        }
      }
      String name = head + n;
      if (!offline.contains(name)) {
        names.add(name);
        usedOrdinals.add(n);
      }
    }
    return names;
  }

  /** {@code ordinals: {ranges: [{start, end}], discrete: []}} as a sorted list. */
  private static List<Long> ordinals(JsonNode ordinals) {
    TreeSet<Long> sorted = new TreeSet<>();
    for (JsonNode range : ordinals.path("ranges")) {
      long start = range.path("start").asLong(0);
      long end = range.path("end").asLong(-1);
      for (long n = start; n <= end && sorted.size() < 100_000; n++) {
        sorted.add(n);
      }
    }
    for (JsonNode n : ordinals.path("discrete")) {
      if (n.isIntegralNumber()) {
        sorted.add(n.asLong());
      }
    }
    return new ArrayList<>(sorted);
  }
}
