package dev.kbforge.reconciler.roles;

import dev.kbforge.reconciler.kbagent.KbAgentSpec;
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
 * Finds the StatefulSets and InstanceSets of a tree whose pods get role labels: those carrying
 * {@link Keys#ROLES} (written by {@code kb render}) whose pod template runs kbagent with a {@code
 * roleProbe} (its period and time limit are read from kbagent's env). A workload whose annotations
 * cannot be read is skipped with a warning.
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
   * StatefulSets (where {@code kb roles} stands in for KubeBlocks' role event handler), and
   * InstanceSets (KubeBlocks' InstanceSet controller labels their pods from kbagent's events;
   * {@code kb roles} asks the same kbagent, so it may run beside it without a conflict).
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
    try {
      JsonNode tree = Objects.tree(object);
      Optional<KbAgentSpec> agent = KbAgentSpec.of(tree);
      if (agent.isEmpty() || !agent.get().has(KbAgentRoleProbe.ACTION)) {
        listener.warning(ref + " has roles but its pods have no kbagent role probe; skipped");
        return Optional.empty();
      }
      List<RoleDef> roles = roles(json(Objects.annotation(object, Keys.ROLES)));
      Integer period = agent.get().probePeriods().get(KbAgentRoleProbe.ACTION);
      ProbeSpec probe =
          new ProbeSpec(
              period == null || period <= 0 ? ProbeSpec.DEFAULT_PERIOD_SECONDS : period,
              agent.get().timeoutSeconds(KbAgentRoleProbe.ACTION));
      JsonNode selector = tree.path("spec").path("selector");
      if (roles.isEmpty() || !selector.isObject()) {
        throw new IllegalArgumentException("no roles or no pod selector");
      }
      return Optional.of(
          new RoleWorkload(
              ref,
              Serialization.jsonMapper().treeToValue(selector, LabelSelector.class),
              roles,
              probe));
    } catch (JacksonException | IllegalArgumentException e) {
      String why = e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage();
      listener.warning(ref + ": cannot read its roles or kbagent (" + why + "); skipped");
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
}
