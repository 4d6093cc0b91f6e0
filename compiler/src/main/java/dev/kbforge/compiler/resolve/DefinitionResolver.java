package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.resolve.CompDefResolution.Status;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Links a Cluster to the definitions of the same input set, following KubeBlocks' cluster
 * normalisation: ClusterDefinition and topology, then for each component the candidate
 * ComponentDefinitions (exact names first, else prefix or regex matches), the versions they offer
 * (their own {@code serviceVersion} plus the releases of compatible ComponentVersions), the
 * requested or latest version, and the name that sorts last among the definitions offering it.
 */
public final class DefinitionResolver {
  private final InputSet inputs;
  private final Set<SourceDocument> valid = Collections.newSetFromMap(new IdentityHashMap<>());
  private final ComponentVersions versions;

  private final Map<SourceDocument, ClusterLayout> layouts = new IdentityHashMap<>();

  /** The resolver of an input set, shared by everything that resolves against it. */
  public static DefinitionResolver of(InputSet inputs) {
    return inputs.derived(DefinitionResolver.class, () -> new DefinitionResolver(inputs));
  }

  /** The layout of a Cluster of the set, built once. */
  public ClusterLayout layout(SourceDocument cluster) {
    ClusterLayout layout = layouts.get(cluster);
    if (layout == null) {
      layout = ClusterLayout.of(cluster, this);
      layouts.put(cluster, layout);
    }
    return layout;
  }

  public DefinitionResolver(InputSet inputs) {
    this.inputs = inputs;
    this.versions = new ComponentVersions(inputs);
    for (Kind kind : Kind.values()) {
      valid.addAll(inputs.of(kind));
    }
  }

  /** Names of every document of a kind in the input set (for hints). */
  public List<String> names(Kind kind) {
    return inputs.names(kind);
  }

  /** The ClusterDefinition and topology of a Cluster. */
  public TopologyResolution topology(SourceDocument cluster) {
    JsonNode spec = cluster.root().path("spec");
    String clusterDef = Nodes.text(spec, "clusterDef");
    String asked = Nodes.text(spec, "topology");
    if (clusterDef.isEmpty()) {
      return topology(TopologyResolution.Status.NONE, clusterDef, null, asked, List.of());
    }
    Optional<SourceDocument> cd = inputs.named(Kind.CLUSTER_DEFINITION, clusterDef);
    if (cd.isEmpty()) {
      return topology(
          TopologyResolution.Status.CLUSTER_DEF_NOT_FOUND, clusterDef, null, asked, List.of());
    }
    if (!valid.contains(cd.get())) {
      return topology(TopologyResolution.Status.UNCHECKED, clusterDef, cd.get(), asked, List.of());
    }
    List<JsonNode> topologies = Nodes.items(cd.get().root().path("spec"), "topologies");
    List<String> names = topologies.stream().map(t -> Nodes.text(t, "name")).toList();
    for (JsonNode t : topologies) {
      boolean chosen =
          asked.isEmpty() ? Nodes.isTrue(t, "default") : Nodes.text(t, "name").equals(asked);
      if (chosen) {
        return new TopologyResolution(
            TopologyResolution.Status.RESOLVED, clusterDef, cd, Nodes.text(t, "name"), t, names);
      }
    }
    TopologyResolution.Status status =
        asked.isEmpty()
            ? TopologyResolution.Status.NO_DEFAULT
            : TopologyResolution.Status.TOPOLOGY_NOT_FOUND;
    return topology(status, clusterDef, cd.get(), asked, names);
  }

  private static TopologyResolution topology(
      TopologyResolution.Status status,
      String clusterDef,
      SourceDocument cd,
      String name,
      List<String> names) {
    return new TopologyResolution(
        status, clusterDef, Optional.ofNullable(cd), name, MissingNode.getInstance(), names);
  }

  /**
   * Names of the definitions of a kind a reference selects: the exact-name match if there is one,
   * else every prefix or regex match. Sorted.
   */
  public List<String> matching(Kind kind, String pattern) {
    if (pattern.isEmpty()) {
      return List.of();
    }
    List<String> names = inputs.names(kind);
    if (names.contains(pattern)) {
      return List.of(pattern);
    }
    return names.stream().filter(n -> NameMatcher.prefixOrRegex(n, pattern)).sorted().toList();
  }

  /** Chooses the ComponentDefinition and serviceVersion for a reference and a requested version. */
  public CompDefResolution componentDefinition(String pattern, String requested) {
    if (pattern.isEmpty()) {
      return CompDefResolution.failed(Status.NO_PATTERN, pattern, requested, List.of(), List.of());
    }
    List<String> candidates = matching(Kind.COMPONENT_DEFINITION, pattern);
    if (candidates.isEmpty()) {
      return CompDefResolution.failed(
          Status.NO_DEFINITION, pattern, requested, candidates, List.of());
    }
    List<SourceDocument> docs = new ArrayList<>();
    for (String name : candidates) {
      SourceDocument doc = inputs.named(Kind.COMPONENT_DEFINITION, name).orElseThrow();
      if (!valid.contains(doc)) {
        return CompDefResolution.failed(
            Status.UNCHECKED, pattern, requested, candidates, List.of());
      }
      docs.add(doc);
    }
    Set<String> all = new TreeSet<>(ServiceVersion.TEXT_ORDER);
    // version text -> names of the candidates offering it, for versions matching the request
    TreeMap<String, TreeSet<String>> byVersion = new TreeMap<>(ServiceVersion.TEXT_ORDER);
    for (SourceDocument doc : docs) {
      for (String version : offeredVersions(doc)) {
        all.add(version);
        if (ServiceVersion.matches(requested, version)) {
          byVersion.computeIfAbsent(version, v -> new TreeSet<>()).add(doc.name());
        }
      }
    }
    List<String> offered = List.copyOf(all);
    if (!requested.isEmpty() && ServiceVersion.parse(requested).isEmpty()) {
      return CompDefResolution.failed(
          Status.INVALID_VERSION, pattern, requested, candidates, offered);
    }
    if (byVersion.isEmpty()) {
      return CompDefResolution.failed(Status.NO_VERSION, pattern, requested, candidates, offered);
    }
    boolean exact = requested.isEmpty() || byVersion.containsKey(requested);
    String version = exact && !requested.isEmpty() ? requested : byVersion.lastKey();
    String chosen = byVersion.get(version).last();
    return new CompDefResolution(
        Status.RESOLVED,
        pattern,
        requested,
        candidates,
        offered,
        inputs.named(Kind.COMPONENT_DEFINITION, chosen),
        version,
        exact);
  }

  /** The ShardingDefinition a sharding's {@code shardingDef} selects. */
  public ShardingDefResolution shardingDefinition(String pattern) {
    if (pattern.isEmpty()) {
      return new ShardingDefResolution(Status.NO_PATTERN, pattern, Optional.empty());
    }
    List<String> names = matching(Kind.SHARDING_DEFINITION, pattern);
    if (names.isEmpty()) {
      return new ShardingDefResolution(Status.NO_DEFINITION, pattern, Optional.empty());
    }
    SourceDocument doc =
        inputs.named(Kind.SHARDING_DEFINITION, names.get(names.size() - 1)).orElseThrow();
    return valid.contains(doc)
        ? new ShardingDefResolution(Status.RESOLVED, pattern, Optional.of(doc))
        : new ShardingDefResolution(Status.UNCHECKED, pattern, Optional.empty());
  }

  /** The ComponentVersions of the input set, as linked to ComponentDefinitions. */
  public ComponentVersions componentVersions() {
    return versions;
  }

  /** Versions a ComponentDefinition offers (see {@link ComponentVersions#serviceVersions}). */
  public Set<String> offeredVersions(SourceDocument cmpd) {
    return versions.serviceVersions(cmpd);
  }
}
