package dev.kbforge.reconciler.actions;

import dev.kbforge.reconciler.kbagent.KbAgentSpec;
import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.model.ObjectRef;
import dev.kbforge.reconciler.model.Objects;
import dev.kbforge.reconciler.roles.RoleDef;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What a rendered workload says about its component's lifecycle actions: the actions its kbagent
 * can run ({@link KbAgentSpec}, from the pod template's env) that render also listed with their
 * call hints ({@value #ANNOTATION}); an action missing from either is never called.
 *
 * @param workload the StatefulSet or InstanceSet
 * @param cluster the Cluster's name ({@code app.kubernetes.io/instance})
 * @param component the component's name ({@code apps.kubeblocks.io/component-name})
 * @param replicas the replicas the tree asks for
 * @param selector the workload's pod selector ({@code spec.selector.matchLabels})
 * @param actions the callable actions by name, in kbagent's order
 * @param accounts the accounts accountProvision creates
 * @param roles the component's roles ({@code kbforge.dev/roles}), empty when none
 * @param configs on a StatefulSet, the config templates reloaded in place ({@link ConfigHint})
 * @param templateVars the component's template vars, which every call gets as parameters: the
 *     StatefulSet's annotation {@value #TEMPLATE_VARS}, the InstanceSet's {@code
 *     spec.lifecycleActions.templateVars}
 * @param object the workload as the tree has it
 */
public record ComponentActions(
    ObjectRef workload,
    String cluster,
    String component,
    int replicas,
    Map<String, String> selector,
    Map<String, ActionHint> actions,
    List<AccountHint> accounts,
    List<RoleDef> roles,
    List<ConfigHint> configs,
    Map<String, String> templateVars,
    GenericKubernetesResource object) {
  /** Render's annotation of call hints (compiler/.../lower/KbAgentCallHints.java). */
  public static final String ANNOTATION = "kbforge.dev/lifecycle-actions";

  /** Render's annotation of template vars on a StatefulSet (.../lower/KbAgentCallHints.java). */
  public static final String TEMPLATE_VARS = "kbforge.dev/template-vars";

  public ComponentActions {
    selector = Map.copyOf(selector);
    actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    accounts = List.copyOf(accounts);
    roles = List.copyOf(roles);
    configs = List.copyOf(configs);
    templateVars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(templateVars));
  }

  /** Whether kb apply rolls its pods in role order ({@code kbforge.dev/role-ordered-update}). */
  public boolean roleOrdered() {
    return "true".equals(Objects.annotation(object, RoleOrderedRoll.ANNOTATION));
  }

  public boolean has(String action) {
    return actions.containsKey(action);
  }

  /** The name of the pod with {@code ordinal} ({@code <workload>-<ordinal>}). */
  public String pod(int ordinal) {
    return workload.name() + "-" + ordinal;
  }

  /** The ledger key of the component: {@code <namespace>.<workload>} (a ConfigMap data key). */
  public String key() {
    return workload.namespace() + "." + workload.name();
  }

  /** The components with lifecycle actions among {@code desired} (StatefulSets, InstanceSets). */
  public static List<ComponentActions> of(List<GenericKubernetesResource> desired) {
    List<ComponentActions> found = new ArrayList<>();
    for (GenericKubernetesResource object : desired) {
      read(object).ifPresent(found::add);
    }
    return found;
  }

  /**
   * The component of {@code object}, when it is a workload with callable lifecycle actions.
   *
   * @throws IllegalArgumentException when its annotations or kbagent env cannot be read
   */
  public static Optional<ComponentActions> read(GenericKubernetesResource object) {
    String group = Objects.group(object.getApiVersion());
    boolean workload =
        object.getKind().equals("StatefulSet") && group.equals("apps")
            || object.getKind().equals("InstanceSet") && group.equals("workloads.kubeblocks.io");
    if (!workload) {
      return Optional.empty();
    }
    String annotation = Objects.annotation(object, ANNOTATION);
    String hints = annotation == null ? "{}" : annotation; // only probes: nothing to call
    JsonNode tree = Objects.tree(object);
    Optional<KbAgentSpec> agent = KbAgentSpec.of(tree);
    if (agent.isEmpty()) {
      return Optional.empty();
    }
    JsonNode json = json(hints, ANNOTATION);
    Map<String, ActionHint> actions = new LinkedHashMap<>();
    List<AccountHint> accounts = new ArrayList<>();
    for (String name : agent.get().actions().keySet()) {
      JsonNode hint = json.path(name);
      if (!hint.isObject()) {
        continue; // a probe or a user-defined action: kbagent's own, or not kb apply's
      }
      actions.put(
          name,
          new ActionHint(
              hint.path("targetPodSelector").asString(""),
              hint.path("matchingKey").asString(""),
              hint.path("podDomain").asString("")));
      for (JsonNode account : hint.path("accounts")) {
        accounts.add(
            new AccountHint(
                account.path("name").asString(""),
                account.path("secret").asString(""),
                account.path("statement").asString("")));
      }
    }
    Map<String, String> selector = new LinkedHashMap<>();
    tree.path("spec")
        .path("selector")
        .path("matchLabels")
        .properties()
        .forEach(e -> selector.put(e.getKey(), e.getValue().asString("")));
    return Optional.of(
        new ComponentActions(
            ObjectRef.of(object),
            String.valueOf(Objects.label(object, Keys.INSTANCE)),
            String.valueOf(Objects.label(object, Keys.COMPONENT_NAME)),
            tree.path("spec").path("replicas").asInt(1),
            selector,
            actions,
            accounts,
            roles(Objects.annotation(object, Keys.ROLES)),
            configs(object),
            templateVars(object, tree),
            object));
  }

  private static List<ConfigHint> configs(GenericKubernetesResource object) {
    String text = Objects.annotation(object, ConfigHint.ANNOTATION);
    if (text == null || !object.getKind().equals("StatefulSet")) {
      return List.of(); // an InstanceSet's are its controller's (spec.configs)
    }
    return ConfigHint.parse(json(text, ConfigHint.ANNOTATION));
  }

  private static Map<String, String> templateVars(GenericKubernetesResource object, JsonNode tree) {
    String text = Objects.annotation(object, TEMPLATE_VARS);
    JsonNode vars =
        text != null
            ? json(text, TEMPLATE_VARS)
            : tree.path("spec").path("lifecycleActions").path("templateVars");
    Map<String, String> out = new LinkedHashMap<>();
    vars.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString("")));
    return out;
  }

  private static List<RoleDef> roles(String text) {
    List<RoleDef> roles = new ArrayList<>();
    if (text == null) {
      return roles;
    }
    for (JsonNode role : json(text, Keys.ROLES)) {
      roles.add(
          new RoleDef(
              role.path("name").asString("").toLowerCase(Locale.ROOT),
              role.path("updatePriority").asInt(0),
              role.path("participatesInQuorum").asBoolean(false),
              role.path("isExclusive").asBoolean(false)));
    }
    return roles;
  }

  private static JsonNode json(String text, String what) {
    try {
      return io.fabric8.kubernetes.client.utils.Serialization.jsonMapper().readTree(text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage());
    }
  }
}
