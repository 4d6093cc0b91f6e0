package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Finds the StatefulSets and InstanceSets of a tree whose pods get role labels: those carrying both
 * {@link Keys#ROLES} and {@link Keys#ROLE_PROBE} (written by {@code kb render}). A workload whose
 * annotations cannot be read is skipped with a warning.
 */
public final class RoleWorkloads {
  private RoleWorkloads() {}

  /**
   * @param defaultNamespace the namespace of objects that name none (the kubeconfig's, as kubectl)
   */
  public static List<RoleWorkload> of(
      List<GenericKubernetesResource> objects, String defaultNamespace, RoleListener listener) {
    List<RoleWorkload> workloads = new ArrayList<>();
    for (GenericKubernetesResource object : objects) {
      if (isWorkload(object) && Objects.annotation(object, Keys.ROLES) != null) {
        read(object, defaultNamespace, listener).ifPresent(workloads::add);
      }
    }
    return workloads;
  }

  /**
   * StatefulSets, and InstanceSets: a rendered tree has no KubeBlocks kbagent to run their role
   * probes, so {@code kb roles} may stand in for it.
   */
  private static boolean isWorkload(GenericKubernetesResource object) {
    String group = Objects.group(object.getApiVersion());
    return object.getKind().equals("StatefulSet") && group.equals("apps")
        || object.getKind().equals("InstanceSet") && group.equals("workloads.kubeblocks.io");
  }

  private static Optional<RoleWorkload> read(
      GenericKubernetesResource object, String defaultNamespace, RoleListener listener) {
    ObjectRef ref = ObjectRef.of(object);
    if (!ref.namespaced()) {
      ref = new ObjectRef(ref.group(), ref.kind(), defaultNamespace, ref.name());
    }
    String probeText = Objects.annotation(object, Keys.ROLE_PROBE);
    if (probeText == null) {
      listener.warning(ref + " has roles but no " + Keys.ROLE_PROBE + " annotation; skipped");
      return Optional.empty();
    }
    try {
      List<RoleDef> roles = roles(json(Objects.annotation(object, Keys.ROLES)));
      ProbeSpec probe = probe(json(probeText));
      JsonNode selector = Objects.tree(object).path("spec").path("selector");
      if (roles.isEmpty() || probe.command().isEmpty() || !selector.isObject()) {
        throw new IllegalArgumentException("no roles, no probe command or no pod selector");
      }
      return Optional.of(
          new RoleWorkload(
              ref,
              Serialization.jsonMapper().treeToValue(selector, LabelSelector.class),
              roles,
              probe));
    } catch (JacksonException | IllegalArgumentException e) {
      String why = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
      listener.warning(ref + ": cannot read its role annotations (" + why + "); skipped");
      return Optional.empty();
    }
  }

  private static JsonNode json(String text) {
    return Serialization.jsonMapper().readTree(text);
  }

  private static List<RoleDef> roles(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(Keys.ROLES + " is not a JSON array");
    }
    List<RoleDef> roles = new ArrayList<>();
    for (JsonNode role : array) {
      String name = role.path("name").asString("");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a role has no name");
      }
      roles.add(
          new RoleDef(
              name.toLowerCase(Locale.ROOT),
              role.path("updatePriority").asInt(0),
              role.path("participatesInQuorum").asBoolean(false),
              role.path("isExclusive").asBoolean(false)));
    }
    return roles;
  }

  private static ProbeSpec probe(JsonNode probe) {
    if (!probe.isObject()) {
      throw new IllegalArgumentException(Keys.ROLE_PROBE + " is not a JSON object");
    }
    return new ProbeSpec(
        probe.path("container").asString(""),
        strings(probe.path("command")),
        strings(probe.path("args")),
        probe.path("periodSeconds").asInt(60),
        probe.path("timeoutSeconds").asInt(0));
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(s -> strings.add(s.asString("")));
    return strings;
  }
}
