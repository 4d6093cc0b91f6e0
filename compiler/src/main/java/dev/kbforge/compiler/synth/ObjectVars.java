package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The part every {@code *VarRef} except clusterVarRef shares (KubeBlocks' ClusterObjectReference):
 * which components the reference selects, whether each has the object, the {@code optional} and
 * {@code Required}/{@code Optional} rules, and what several objects become.
 */
final class ObjectVars {
  private ObjectVars() {}

  /** The object a referenced component has (a Service, a Secret...), if it has one. */
  interface Lookup<T> {
    Optional<T> find(SynthesizedComponent component);
  }

  /** The var's value from one object. */
  interface Extract<T> {
    VarValue value(SynthesizedComponent component, T object);
  }

  /**
   * Resolves a reference.
   *
   * @param what the kind of object, for messages ("Service 'redis'")
   * @param ref the {@code *VarRef} object
   * @param option the selected field's option ({@code Required}, {@code Optional}; absent means
   *     required)
   */
  static <T> RawVars resolve(
      VarScope scope,
      String what,
      JsonNode ref,
      String option,
      Lookup<T> lookup,
      Extract<T> extract) {
    Optional<List<SynthesizedComponent>> referents = referents(scope, ref);
    if (referents.isEmpty()) {
      return RawVars.empty();
    }
    // a list, not a map: a component's hashCode hashes its whole definition document
    List<Map.Entry<SynthesizedComponent, Optional<T>>> objects = new ArrayList<>();
    referents.get().forEach(c -> objects.add(Map.entry(c, lookup.find(c))));
    boolean optional = Nodes.isTrue(ref, "optional");
    boolean anyAbsent = objects.isEmpty() || objects.stream().anyMatch(e -> e.getValue().isEmpty());
    boolean allAbsent = objects.stream().allMatch(e -> e.getValue().isEmpty());
    if (optional && allAbsent) {
      return RawVars.empty();
    }
    if (!optional && anyAbsent) {
      scope.atComponent(
          Code.KB5210,
          scope.describe() + " needs " + what + " of " + target(scope, ref) + ", which is missing",
          "mark the reference optional, or add what it needs to the Cluster");
      return RawVars.empty();
    }
    // short component name -> value, sorted (KubeBlocks orders several objects by name)
    Map<String, VarValue> values = new TreeMap<>();
    for (Map.Entry<SynthesizedComponent, Optional<T>> e : objects) {
      VarValue value =
          e.getValue().isEmpty()
              ? VarValue.missing()
              : extract.value(e.getKey(), e.getValue().get());
      if (value instanceof VarValue.Unknown unknown) {
        scope.atVar(unknown.code(), scope.describe() + ": " + unknown.why());
        return RawVars.empty();
      }
      if (e.getValue().isPresent()
          && value instanceof VarValue.Missing
          && !"Optional".equals(option)) {
        scope.atComponent(
            Code.KB5211,
            scope.describe()
                + " is required but "
                + what
                + " of component '"
                + e.getKey().name()
                + "' gives no value",
            "mark the var Optional, or give the component what the var reads");
        return RawVars.empty();
      }
      values.put(e.getKey().name(), value);
    }
    if (values.size() <= 1) {
      return values.isEmpty()
          ? RawVars.empty()
          : single(scope.name(), values.values().iterator().next());
    }
    return MultipleObjects.of(scope, ref.path("multipleClusterObjectOption"), values);
  }

  private static RawVars single(String name, VarValue value) {
    if (value instanceof VarValue.Text text) {
      return RawVars.of(RawVar.value(name, text.value()));
    }
    if (value instanceof VarValue.Reference reference) {
      return RawVars.of(RawVar.reference(name, reference.valueFrom()));
    }
    return RawVars.empty();
  }

  /**
   * The components a reference selects: the component itself when {@code compDef} is empty, or when
   * it matches the component's own definition and no multipleClusterObjectOption is set; otherwise
   * every component of the cluster whose definition matches. Empty (after reporting) when several
   * match and no option says how to combine them.
   */
  private static Optional<List<SynthesizedComponent>> referents(VarScope scope, JsonNode ref) {
    String compDef = Nodes.text(ref, "compDef");
    boolean multiple = ref.path("multipleClusterObjectOption").isObject();
    SynthesizedComponent self = scope.self();
    if (compDef.isEmpty()
        || (NameMatcher.prefixOrRegex(self.definitionName(), compDef) && !multiple)) {
      return Optional.of(List.of(self));
    }
    List<SynthesizedComponent> matches = new ArrayList<>();
    for (SynthesizedComponent c : scope.cluster()) {
      if (NameMatcher.prefixOrRegex(c.definitionName(), compDef)) {
        matches.add(c);
      }
    }
    if (matches.size() > 1 && !multiple) {
      scope.atComponent(
          Code.KB5212,
          scope.describe()
              + " matches components "
              + String.join(", ", matches.stream().map(SynthesizedComponent::name).toList())
              + " through compDef '"
              + compDef
              + "'",
          "the definition needs a multipleClusterObjectOption (individual or combined)");
      return Optional.empty();
    }
    return Optional.of(matches);
  }

  private static String target(VarScope scope, JsonNode ref) {
    String compDef = Nodes.text(ref, "compDef");
    return compDef.isEmpty()
        ? "component '" + scope.self().name() + "'"
        : "a component whose ComponentDefinition matches '" + compDef + "'";
  }
}
