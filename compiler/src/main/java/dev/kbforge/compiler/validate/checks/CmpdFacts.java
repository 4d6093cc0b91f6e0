package dev.kbforge.compiler.validate.checks;

import dev.kbforge.compiler.model.LifecycleActionNames;
import dev.kbforge.compiler.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a ComponentDefinition defines, which references inside it and from other definitions
 * resolve against. Sets keep document order, so hints list names as the author wrote them.
 *
 * @param containers runtime container name to its named ports
 * @param initContainers runtime init container name to its named ports
 * @param services component service name to the port names of its spec
 * @param podVolumes names of {@code runtime.volumes} and of every container's volume mounts (a
 *     mount without a pod volume names a volume claim template)
 */
record CmpdFacts(
    String name,
    Set<String> roles,
    Map<String, Set<String>> containers,
    Map<String, Set<String>> initContainers,
    Map<String, Set<String>> services,
    Set<String> volumes,
    Set<String> podVolumes,
    Set<String> accounts,
    Set<String> actions) {

  /** The lifecycle actions a ComponentDefinition may define (ComponentLifecycleActions). */
  static final List<String> ACTION_NAMES = LifecycleActionNames.ALL;

  static CmpdFacts of(SourceDocument doc) {
    Located spec = Located.spec(doc);
    Located runtime = spec.get("runtime");
    Map<String, Set<String>> services = new LinkedHashMap<>();
    for (Located service : spec.items("services")) {
      if (!service.text("name").isEmpty()) {
        services.put(service.text("name"), texts(service.get("spec").names("ports", "name")));
      }
    }
    Set<String> actions = new LinkedHashSet<>();
    for (Located action : spec.get("lifecycleActions").values()) {
      if (action.isObject()) {
        actions.add(action.key());
      }
    }
    return new CmpdFacts(
        doc.name(),
        texts(spec.names("roles", "name")),
        containers(runtime, "containers"),
        containers(runtime, "initContainers"),
        services,
        texts(spec.names("volumes", "name")),
        podVolumes(runtime),
        texts(spec.names("systemAccounts", "name")),
        actions);
  }

  /** Whether a role of that name is defined; KubeBlocks compares role names case-insensitively. */
  boolean hasRole(String role) {
    return roles.stream().anyMatch(r -> r.equalsIgnoreCase(role));
  }

  private static Map<String, Set<String>> containers(Located runtime, String list) {
    Map<String, Set<String>> containers = new LinkedHashMap<>();
    for (Located container : runtime.items(list)) {
      if (!container.text("name").isEmpty()) {
        containers.put(container.text("name"), texts(container.names("ports", "name")));
      }
    }
    return containers;
  }

  private static Set<String> podVolumes(Located runtime) {
    Set<String> names = texts(runtime.names("volumes", "name"));
    for (String list : List.of("initContainers", "containers")) {
      for (Located container : runtime.items(list)) {
        names.addAll(texts(container.names("volumeMounts", "name")));
      }
    }
    return names;
  }

  private static Set<String> texts(List<Located> names) {
    Set<String> texts = new LinkedHashSet<>();
    names.forEach(n -> texts.add(n.text()));
    return texts;
  }
}
