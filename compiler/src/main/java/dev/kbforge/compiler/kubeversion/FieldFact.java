package dev.kbforge.compiler.kubeversion;

import dev.kbforge.compiler.api.KubeVersion;
import java.util.List;

/**
 * A field (or one value of a field) of an object kbforge emits that older releases lack.
 *
 * @param scope the objects the field belongs to
 * @param path where it sits under the scope's base, {@code /}-separated, {@code *} for any index or
 *     key ({@code containers/* /resizePolicy} without the space)
 * @param value the one value this row is about, {@code ""} for any value
 * @param since the first release that serves it by default (beta switched on, or GA); on older
 *     releases the API server rejects it or silently drops it
 * @param feature the Kubernetes feature gate (or KEP) the date comes from
 * @param sources where users write it; a field found in an object but in none of these is one
 *     kbforge generated
 */
public record FieldFact(
    Scope scope,
    String path,
    String value,
    KubeVersion since,
    String feature,
    List<FieldSource> sources) {

  public FieldFact {
    sources = List.copyOf(sources);
  }

  /** The field as the user reads it in the object: {@code spec.template.spec.hostUsers}. */
  public String displayPath() {
    return (scope.base() + "/" + path).substring(1).replace('/', '.').replace(".*", "[*]");
  }

  /** The kinds a row applies to, and where its path starts in those objects. */
  public enum Scope {
    STATEFULSET("StatefulSet", "/spec", List.of("StatefulSet")),
    SERVICE("Service", "/spec", List.of("Service")),
    /** The pod template of a workload: the pods that run on the cluster, whoever creates them. */
    POD_TEMPLATE("pod template", "/spec/template/spec", List.of("StatefulSet", "InstanceSet"));

    private final String label;
    private final String base;
    private final List<String> kinds;

    Scope(String label, String base, List<String> kinds) {
      this.label = label;
      this.base = base;
      this.kinds = kinds;
    }

    /** How docs/kube-versions.md names the scope. */
    public String label() {
      return label;
    }

    public String base() {
      return base;
    }

    public List<String> kinds() {
      return kinds;
    }
  }
}
