package dev.kbforge.compiler.resolve;

import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.NameMatcher;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What the ComponentVersions of an input set offer a ComponentDefinition: the releases listed by
 * every compatibility rule whose compDefs match its name (prefix or regex), as the ComponentVersion
 * controller links them.
 */
public final class ComponentVersions {
  private final InputSet inputs;
  private final Map<String, Set<String>> versionsByDefinition = new HashMap<>();

  public ComponentVersions(InputSet inputs) {
    this.inputs = inputs;
  }

  /**
   * Versions a ComponentDefinition offers: its own {@code spec.serviceVersion}, plus the
   * serviceVersion of every compatible release. Sorted by semver.
   */
  public Set<String> serviceVersions(SourceDocument cmpd) {
    return versionsByDefinition.computeIfAbsent(cmpd.name(), n -> collect(cmpd));
  }

  /** The compatible releases ({@code spec.releases[]} items) of every ComponentVersion. */
  public List<JsonNode> releases(SourceDocument cmpd) {
    List<JsonNode> out = new ArrayList<>();
    for (SourceDocument cv : inputs.of(Kind.COMPONENT_VERSION)) {
      JsonNode spec = cv.root().path("spec");
      Set<String> names = new TreeSet<>();
      for (JsonNode rule : Nodes.items(spec, "compatibilityRules")) {
        if (ruleMatches(rule, cmpd.name())) {
          for (JsonNode release : Nodes.items(rule, "releases")) {
            names.add(release.isString() ? release.asString() : "");
          }
        }
      }
      for (JsonNode release : Nodes.items(spec, "releases")) {
        if (names.contains(Nodes.text(release, "name"))) {
          out.add(release);
        }
      }
    }
    return out;
  }

  private Set<String> collect(SourceDocument cmpd) {
    Set<String> versions = new TreeSet<>(ServiceVersion.TEXT_ORDER);
    String own = Nodes.text(cmpd.root().path("spec"), "serviceVersion");
    if (!own.isEmpty()) {
      versions.add(own);
    }
    for (JsonNode release : releases(cmpd)) {
      String version = Nodes.text(release, "serviceVersion");
      if (!version.isEmpty()) {
        versions.add(version);
      }
    }
    return Collections.unmodifiableSet(versions);
  }

  private static boolean ruleMatches(JsonNode rule, String cmpdName) {
    for (JsonNode compDef : Nodes.items(rule, "compDefs")) {
      if (compDef.isString() && NameMatcher.prefixOrRegex(cmpdName, compDef.asString())) {
        return true;
      }
    }
    return false;
  }
}
