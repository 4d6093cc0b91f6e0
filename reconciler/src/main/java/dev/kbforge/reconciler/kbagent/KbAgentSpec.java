package dev.kbforge.reconciler.kbagent;

import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What the rendered kbagent sidecar of a workload's pod template is told: the actions it can run
 * ({@code KB_AGENT_ACTION}, each with its time limit) and the probes it runs by itself ({@code
 * KB_AGENT_PROBE}, each with its period), as KubeBlocks encodes them
 * (pkg/controller/component/kbagent.go, buildKBAgentStartupEnvs). kbforge calls only actions listed
 * here: what the tree says exists.
 *
 * @param actions the action names, in kbagent's order, with {@code timeoutSeconds} (0: none set)
 * @param probePeriods the probed actions ({@code roleProbe}...) with {@code periodSeconds}
 */
public record KbAgentSpec(Map<String, Integer> actions, Map<String, Integer> probePeriods) {
  /** The sidecar's container name, as KubeBlocks names it. */
  public static final String CONTAINER = "kbagent";

  public KbAgentSpec {
    actions = Map.copyOf(actions);
    probePeriods = Map.copyOf(probePeriods);
  }

  public boolean has(String action) {
    return actions.containsKey(action);
  }

  /** The action's time limit in seconds, 0 when it sets none. */
  public int timeoutSeconds(String action) {
    return actions.getOrDefault(action, 0);
  }

  /**
   * The kbagent of {@code workload}'s pod template, or empty when it has none.
   *
   * @throws IllegalArgumentException when its env cannot be read
   */
  public static Optional<KbAgentSpec> of(JsonNode workload) {
    for (JsonNode container :
        workload.path("spec").path("template").path("spec").path("containers")) {
      if (CONTAINER.equals(container.path("name").asString(""))) {
        return Optional.of(read(container));
      }
    }
    return Optional.empty();
  }

  private static KbAgentSpec read(JsonNode container) {
    Map<String, Integer> actions = new LinkedHashMap<>();
    Map<String, Integer> probes = new LinkedHashMap<>();
    for (JsonNode env : container.path("env")) {
      String name = env.path("name").asString("");
      if (name.equals("KB_AGENT_ACTION")) {
        for (JsonNode action : json(env, name)) {
          actions.put(action.path("name").asString(""), action.path("timeoutSeconds").asInt(0));
        }
      } else if (name.equals("KB_AGENT_PROBE")) {
        for (JsonNode probe : json(env, name)) {
          probes.put(probe.path("action").asString(""), probe.path("periodSeconds").asInt(0));
        }
      }
    }
    actions.remove("");
    probes.remove("");
    return new KbAgentSpec(actions, probes);
  }

  private static JsonNode json(JsonNode env, String name) {
    try {
      JsonNode value = Serialization.jsonMapper().readTree(env.path("value").asString(""));
      if (value != null && value.isNull()) {
        // Go marshals a nil list as null; KubeBlocks sets the env all the same (a component
        // without probes, e.g. redis sentinel)
        return Serialization.jsonMapper().createArrayNode();
      }
      if (value == null || !value.isArray()) {
        throw new IllegalArgumentException(name + " is not a JSON array");
      }
      return value;
    } catch (JacksonException e) {
      throw new IllegalArgumentException(name + " is not JSON: " + e.getOriginalMessage());
    }
  }
}
