package dev.kbforge.compiler.synth;

import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.diag.Reporter;
import dev.kbforge.compiler.resolve.ComponentVersions;
import dev.kbforge.compiler.resolve.Nodes;
import dev.kbforge.compiler.resolve.ServiceVersion;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Chooses images the way KubeBlocks does (reference section 3, "Choosing images"): from every
 * release of a compatible ComponentVersion whose serviceVersion matches the chosen one, per image
 * key (a container name or a lifecycle-action name, compared case-insensitively) the releases with
 * exactly the chosen version text first, then the release whose name sorts last.
 *
 * <p>The result maps container names and action names (as the ComponentDefinition spells them) to
 * release images. A container missing from it keeps its own image, which it must have, and which
 * must belong to the chosen version (the definition's own serviceVersion matches it); otherwise
 * KB5201. Release keys that name neither a container nor an action are left alone (KubeBlocks
 * treats them as user-managed).
 */
public final class ImageResolver {
  private final ComponentVersions versions;

  public ImageResolver(ComponentVersions versions) {
    this.versions = versions;
  }

  /**
   * @param cmpd the chosen ComponentDefinition
   * @param serviceVersion the chosen serviceVersion ({@code ""} when none is offered)
   * @param cluster the Cluster document, and {@code pointer} the component spec in it, where
   *     problems are reported
   */
  public Map<String, String> images(
      SourceDocument cmpd,
      String serviceVersion,
      SourceDocument cluster,
      String pointer,
      Reporter reporter) {
    JsonNode spec = cmpd.root().path("spec");
    Map<String, String> keys = imageKeys(spec); // lower-case key -> name as the cmpd spells it
    Map<String, Candidate> chosen = new TreeMap<>();
    for (JsonNode release : versions.releases(cmpd)) {
      String version = Nodes.text(release, "serviceVersion");
      if (!ServiceVersion.matches(serviceVersion, version)) {
        continue;
      }
      for (Map.Entry<String, JsonNode> image : release.path("images").properties()) {
        String key = keys.get(image.getKey().toLowerCase(Locale.ROOT));
        if (key != null && image.getValue().isString()) {
          Candidate c =
              new Candidate(
                  Nodes.text(release, "name"),
                  version,
                  version.equals(serviceVersion),
                  image.getValue().asString());
          chosen.merge(key, c, Candidate::better);
        }
      }
    }
    TreeSet<String> chosenVersions = new TreeSet<>();
    chosen.values().forEach(c -> chosenVersions.add(c.version()));
    if (chosenVersions.size() > 1) {
      reporter.value(
          Code.KB5202,
          cluster,
          pointer,
          "the images of ComponentDefinition '"
              + cmpd.name()
              + "' for serviceVersion '"
              + serviceVersion
              + "' come from releases of versions "
              + String.join(", ", chosenVersions),
          "give every release of a version the same serviceVersion text");
    }
    String own = Nodes.text(spec, "serviceVersion");
    boolean ownMatches = serviceVersion.isEmpty() || ServiceVersion.matches(serviceVersion, own);
    for (JsonNode container : containers(spec)) {
      String name = Nodes.text(container, "name");
      boolean hasOwn = !Nodes.text(container, "image").isEmpty();
      if (!chosen.containsKey(name) && !(hasOwn && ownMatches)) {
        reporter.value(
            Code.KB5201,
            cluster,
            pointer,
            "no image for container '"
                + name
                + "' of ComponentDefinition '"
                + cmpd.name()
                + "' at serviceVersion '"
                + serviceVersion
                + "'",
            hasOwn
                ? "its own image belongs to serviceVersion '" + own + "'; list it in a release"
                : "list it in the images of a release of that version");
      }
    }
    Map<String, String> images = new LinkedHashMap<>();
    chosen.forEach((key, c) -> images.put(key, c.image()));
    return images;
  }

  /** Containers, init containers and lifecycle actions with an exec handler, by lower-case name. */
  private static Map<String, String> imageKeys(JsonNode spec) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> action : spec.path("lifecycleActions").properties()) {
      if (action.getValue().path("exec").isObject()) {
        keys.put(action.getKey().toLowerCase(Locale.ROOT), action.getKey());
      }
    }
    for (JsonNode container : containers(spec)) {
      String name = Nodes.text(container, "name");
      keys.put(name.toLowerCase(Locale.ROOT), name);
    }
    return keys;
  }

  private static List<JsonNode> containers(JsonNode spec) {
    List<JsonNode> all = new ArrayList<>(Nodes.items(spec.path("runtime"), "initContainers"));
    all.addAll(Nodes.items(spec.path("runtime"), "containers"));
    return all;
  }

  /** One release's image for a key. */
  private record Candidate(String release, String version, boolean exact, String image) {
    /** Exact version text first, then the release name that sorts last. */
    Candidate better(Candidate other) {
      if (exact != other.exact) {
        return exact ? this : other;
      }
      return release.compareTo(other.release) >= 0 ? this : other;
    }
  }

  /** The image a container ends up with: the release image, else its own. */
  public static Optional<String> imageOf(SynthesizedComponent c, JsonNode container) {
    String name = Nodes.text(container, "name");
    if (c.images().containsKey(name)) {
      return Optional.of(c.images().get(name));
    }
    String own = Nodes.text(container, "image");
    return own.isEmpty() ? Optional.empty() : Optional.of(own);
  }
}
