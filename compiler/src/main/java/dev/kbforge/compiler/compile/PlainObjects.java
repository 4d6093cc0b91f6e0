package dev.kbforge.compiler.compile;

import dev.kbforge.compiler.api.Target;
import dev.kbforge.compiler.model.InputSet;
import dev.kbforge.compiler.model.Kind;
import dev.kbforge.compiler.model.PlainObject;
import dev.kbforge.compiler.source.SourceDocument;
import dev.kbforge.compiler.validate.kube.KubeKinds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Places the plain Kubernetes documents of the input in the tree (issue 10). One goes into the
 * folder of the first Cluster (input order) in its namespace that names it ({@code configMap},
 * {@code configMapKeyRef}) or that it belongs to: labelled {@code app.kubernetes.io/instance:
 * <cluster>}, or selecting the cluster's pods with that label (a Service, a NetworkPolicy, a
 * PodDisruptionBudget). Every other one goes to the shared folder. Secrets go nowhere: no secret
 * value is written. ConfigMaps that a ComponentDefinition names as a config or script template are
 * template sources, handled by the lowering (and by the kubeblocks target's definitions folder); so
 * are, for the workload targets, the ConfigMaps a Cluster names in a {@code configs[].configMap}
 * that is not externalManaged, since kbforge renders them (KubeBlocks, for the kubeblocks target,
 * reads them from the cluster, so there they are passed through).
 */
final class PlainObjects {
  static final String INSTANCE = "app.kubernetes.io/instance";

  private final Map<SourceDocument, List<ObjectNode>> byCluster = new IdentityHashMap<>();
  private final List<ObjectNode> shared = new ArrayList<>();

  PlainObjects(InputSet inputs, Target target) {
    List<PlainObject> objects = new ArrayList<>();
    Set<String> templates = templateNames(inputs);
    if (target != Target.KUBEBLOCKS) {
      inputs.of(Kind.CLUSTER).forEach(c -> renderedConfigMaps(c.root().path("spec"), templates));
    }
    for (SourceDocument cm : inputs.of(Kind.CONFIG_MAP)) {
      if (!templates.contains(cm.name())) {
        objects.add(new PlainObject(cm, true));
      }
    }
    for (PlainObject object : inputs.plain()) {
      if (!object.isSecret()) {
        objects.add(object);
      }
    }
    Set<String> placed = new HashSet<>();
    for (PlainObject object : objects) {
      if (placed.add(identity(object))) { // a second copy is KB1012 already
        place(object, inputs.of(Kind.CLUSTER));
      }
    }
  }

  /** The plain objects that go into this Cluster's folder, cleaned, in input order. */
  List<ObjectNode> of(SourceDocument cluster) {
    return byCluster.getOrDefault(cluster, List.of());
  }

  /** The plain objects of no single Cluster, for the shared folder, cleaned, in input order. */
  List<ObjectNode> shared() {
    return List.copyOf(shared);
  }

  private void place(PlainObject object, List<SourceDocument> clusters) {
    ObjectNode root = (ObjectNode) object.document().root();
    ObjectNode manifest =
        object.namespaced() ? Manifests.cleanIn(root, object.namespace()) : Manifests.clean(root);
    if (object.namespaced()) {
      for (SourceDocument cluster : clusters) {
        if (object.namespace().equals(namespaceOf(cluster)) && belongs(object, cluster)) {
          byCluster.computeIfAbsent(cluster, c -> new ArrayList<>()).add(manifest);
          return;
        }
      }
    }
    shared.add(manifest);
  }

  private static boolean belongs(PlainObject object, SourceDocument cluster) {
    JsonNode root = object.document().root();
    String name = cluster.name();
    if (name.equals(root.path("metadata").path("labels").path(INSTANCE).asString(""))) {
      return true;
    }
    JsonNode spec = root.path("spec");
    for (JsonNode selector :
        List.of(
            spec.path("selector"),
            spec.path("selector").path("matchLabels"),
            spec.path("podSelector").path("matchLabels"))) {
      if (name.equals(selector.path(INSTANCE).asString(""))) {
        return true;
      }
    }
    return object.document().kind().equals("ConfigMap")
        && configMapNames(cluster.root().path("spec")).contains(object.document().name());
  }

  /** Every {@code configMap.name} and {@code configMapKeyRef.name} anywhere in a Cluster spec. */
  private static Set<String> configMapNames(JsonNode node) {
    Set<String> names = new HashSet<>();
    collect(node, names);
    return names;
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("configMap") || e.getKey().equals("configMapKeyRef")) {
          String name = e.getValue().path("name").asString("");
          if (!name.isEmpty()) {
            names.add(name);
          }
        }
        collect(e.getValue(), names);
      }
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names));
    }
  }

  /** The {@code configs[].configMap} names kbforge renders (not externalManaged), anywhere. */
  private static void renderedConfigMaps(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      for (JsonNode config : node.path("configs")) {
        String name = config.path("configMap").path("name").asString("");
        if (!name.isEmpty() && !config.path("externalManaged").asBoolean(false)) {
          names.add(name);
        }
      }
      node.forEach(child -> renderedConfigMaps(child, names));
    } else if (node.isArray()) {
      node.forEach(child -> renderedConfigMaps(child, names));
    }
  }

  /** The names ComponentDefinitions give their config and script templates. */
  private static Set<String> templateNames(InputSet inputs) {
    Set<String> names = new HashSet<>();
    for (SourceDocument cmpd : inputs.of(Kind.COMPONENT_DEFINITION)) {
      for (String list : List.of("configs", "scripts")) {
        for (JsonNode entry : cmpd.root().path("spec").path(list)) {
          names.add(entry.path("template").asString(""));
        }
      }
    }
    return names;
  }

  private static String identity(PlainObject object) {
    SourceDocument doc = object.document();
    String group = KubeKinds.groupOf(doc.apiVersion());
    return String.join("/", group, doc.kind(), object.namespace(), doc.name());
  }

  private static String namespaceOf(SourceDocument cluster) {
    String ns = cluster.root().path("metadata").path("namespace").asString("");
    return ns.isEmpty() ? "default" : ns;
  }
}
