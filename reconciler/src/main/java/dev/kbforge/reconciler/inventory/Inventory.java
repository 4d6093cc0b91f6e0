package dev.kbforge.reconciler.inventory;

import dev.kbforge.reconciler.model.GroupKind;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an ApplySet parent records: where to look for members, and the terminationPolicy of each
 * cluster ({@code namespace/cluster}) that has some.
 *
 * @param kinds the member kinds
 * @param namespaces every namespace with members (the parent's own included)
 * @param policies terminationPolicy by {@code namespace/cluster}
 */
public record Inventory(
    SortedSet<GroupKind> kinds, SortedSet<String> namespaces, SortedMap<String, String> policies) {
  public static final Inventory EMPTY = of(Set.of(), Set.of(), Map.of());

  public Inventory {
    kinds = Collections.unmodifiableSortedSet(new TreeSet<>(kinds));
    namespaces = Collections.unmodifiableSortedSet(new TreeSet<>(namespaces));
    policies = Collections.unmodifiableSortedMap(new TreeMap<>(policies));
  }

  public static Inventory of(
      Set<GroupKind> kinds, Set<String> namespaces, Map<String, String> policies) {
    return new Inventory(new TreeSet<>(kinds), new TreeSet<>(namespaces), new TreeMap<>(policies));
  }

  /** Everything either records (this one's policies win). */
  public Inventory union(Inventory other) {
    TreeSet<GroupKind> k = new TreeSet<>(kinds);
    k.addAll(other.kinds);
    TreeSet<String> n = new TreeSet<>(namespaces);
    n.addAll(other.namespaces);
    TreeMap<String, String> p = new TreeMap<>(other.policies);
    p.putAll(policies);
    return new Inventory(k, n, p);
  }
}
