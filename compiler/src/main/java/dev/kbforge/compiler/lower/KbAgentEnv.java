package dev.kbforge.compiler.lower;

import dev.kbforge.compiler.resolve.Nodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The env of kbagent's containers, as KubeBlocks builds it: the exec env of the actions (first
 * definition of a name wins; mergedActionEnv4KBAgent), kbagent's pod identity (pkg/kbagent/util
 * DefaultEnvVars), then {@code KB_AGENT_ACTION} and {@code KB_AGENT_PROBE}: the actions and probes
 * as JSON of pkg/kbagent/proto's {@code Action} and {@code Probe} (field order and omitempty as
 * there, written by Go's encoding/json, see {@link GoJson}), and {@code KB_AGENT_STREAMING}.
 */
final class KbAgentEnv {
  static final String ACTION = "KB_AGENT_ACTION";
  static final String PROBE = "KB_AGENT_PROBE";
  static final String STREAMING = "KB_AGENT_STREAMING";

  /** Mounted by the kbagent container; a change of the role label triggers a probe report. */
  static final String POD_METADATA_PATH = "/etc/kubeblocks/pod-metadata";

  /** KubeBlocks reports a probe at least every 15 s, by default every 60 s. */
  static final int DEFAULT_REPORT_PERIOD = 60;

  static final int MIN_REPORT_PERIOD = 15;

  private static final Map<String, String> POD_FIELDS =
      Map.of(
          "KB_AGENT_NAMESPACE", "metadata.namespace",
          "KB_AGENT_POD_NAME", "metadata.name",
          "KB_AGENT_POD_UID", "metadata.uid",
          "KB_AGENT_NODE_NAME", "spec.nodeName");

  private static final List<String> POD_FIELD_ORDER =
      List.of("KB_AGENT_NAMESPACE", "KB_AGENT_POD_NAME", "KB_AGENT_POD_UID", "KB_AGENT_NODE_NAME");

  private KbAgentEnv() {}

  /** The whole env of the kbagent server and worker containers, before vars and component env. */
  static List<JsonNode> of(
      List<KbAgentAction> forContainers, List<KbAgentAction> defined, String instance) {
    List<JsonNode> env = new ArrayList<>(mergedExecEnv(forContainers));
    for (String name : POD_FIELD_ORDER) {
      ObjectNode var = Manifests.NODES.objectNode();
      var.put("name", name);
      ObjectNode ref = var.putObject("valueFrom").putObject("fieldRef");
      ref.put("apiVersion", "v1");
      ref.put("fieldPath", POD_FIELDS.get(name));
      env.add(var);
    }
    env.add(value(ACTION, GoJson.write(actions(defined))));
    env.add(value(PROBE, GoJson.write(probes(defined, instance))));
    List<String> streaming =
        defined.stream()
            .map(KbAgentAction::name)
            .filter(KbAgentActions.STREAMING::contains)
            .toList();
    if (!streaming.isEmpty()) {
      env.add(value(STREAMING, String.join(",", streaming)));
    }
    return env;
  }

  private static ObjectNode value(String name, String value) {
    ObjectNode var = Manifests.NODES.objectNode();
    var.put("name", name);
    var.put("value", value);
    return var;
  }

  /** Each exec env var of the actions, the first of a name only. */
  static List<JsonNode> mergedExecEnv(List<KbAgentAction> actions) {
    List<JsonNode> env = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (KbAgentAction action : actions) {
      for (JsonNode var : action.exec().path("env")) {
        if (seen.add(Nodes.text(var, "name"))) {
          env.add(var.deepCopy());
        }
      }
    }
    return env;
  }

  /** proto.Action of each action; Go marshals an empty (nil) list as {@code null}. */
  static JsonNode actions(List<KbAgentAction> defined) {
    if (defined.isEmpty()) {
      return Manifests.NODES.nullNode();
    }
    ArrayNode out = Manifests.NODES.arrayNode();
    defined.forEach(a -> out.add(action(a)));
    return out;
  }

  /** proto.Probe of each probe, for the component {@code instance} (its full name). */
  static JsonNode probes(List<KbAgentAction> defined, String instance) {
    ArrayNode out = Manifests.NODES.arrayNode();
    for (KbAgentAction a : defined) {
      if (!a.probe()) {
        continue;
      }
      JsonNode p = a.action();
      ObjectNode probe = out.addObject();
      probe.put("instance", instance);
      probe.put("action", a.name());
      for (String field :
          List.of("initialDelaySeconds", "periodSeconds", "successThreshold", "failureThreshold")) {
        putNonZero(probe, field, Nodes.integer(p, field, 0));
      }
      probe.put("reportPeriodSeconds", reportPeriod(Nodes.integer(p, "periodSeconds", 0)));
      if (KbAgentActions.ROLE_PROBE.equals(a.name())) {
        probe.putArray("reportOnFileChange").add(POD_METADATA_PATH);
      }
    }
    return out.isEmpty() ? Manifests.NODES.nullNode() : out;
  }

  static long reportPeriod(long periodSeconds) {
    if (periodSeconds <= 0) {
      return DEFAULT_REPORT_PERIOD;
    }
    return Math.max(periodSeconds, MIN_REPORT_PERIOD);
  }

  /** proto.Action (buildAction4KBAgent): name, exec, http, grpc, nonBlocking, timeout, retries. */
  static ObjectNode action(KbAgentAction a) {
    JsonNode src = a.action();
    ObjectNode out = Manifests.NODES.objectNode();
    out.put("name", a.name());
    if (src.path("exec").isObject()) {
      ObjectNode exec = out.putObject("exec");
      nonEmptyList(src.path("exec"), "command", exec);
      nonEmptyList(src.path("exec"), "args", exec);
    }
    if (src.path("http").isObject()) {
      out.set("http", http(src.path("http")));
    }
    if (src.path("grpc").isObject()) {
      out.set("grpc", grpc(src.path("grpc")));
    }
    if (Nodes.isTrue(src, "nonBlocking")) {
      out.put("nonBlocking", true);
    }
    putNonZero(out, "timeoutSeconds", Nodes.integer(src, "timeoutSeconds", 0));
    if (src.path("retryPolicy").isObject()) {
      out.set("retryPolicy", retryPolicy(src.path("retryPolicy")));
    }
    return out;
  }

  private static ObjectNode http(JsonNode src) {
    ObjectNode http = Manifests.NODES.objectNode();
    http.put("port", Nodes.text(src, "port"));
    for (String field : List.of("host", "scheme", "path", "method", "body")) {
      putNonEmpty(http, field, Nodes.text(src, field));
    }
    if (src.path("headers").size() > 0) {
      ArrayNode headers = http.putArray("headers");
      for (JsonNode h : src.path("headers")) {
        ObjectNode header = headers.addObject();
        header.put("name", Nodes.text(h, "name"));
        header.put("value", Nodes.text(h, "value"));
      }
    }
    return http;
  }

  private static ObjectNode grpc(JsonNode src) {
    ObjectNode grpc = Manifests.NODES.objectNode();
    grpc.put("port", Nodes.text(src, "port"));
    putNonEmpty(grpc, "host", Nodes.text(src, "host"));
    grpc.put("service", Nodes.text(src, "service"));
    grpc.put("method", Nodes.text(src, "method"));
    Map<String, String> request = new TreeMap<>(Manifests.stringMap(src.path("request")));
    if (!request.isEmpty()) {
      grpc.set("request", Manifests.strings(request)); // Go writes map keys sorted
    }
    ObjectNode response = grpc.putObject("response"); // a struct: omitempty never drops it
    putNonEmpty(response, "status", Nodes.text(src.path("response"), "status"));
    putNonEmpty(response, "message", Nodes.text(src.path("response"), "message"));
    return grpc;
  }

  /**
   * proto.RetryPolicy (lifecycle.BuildKBAgentRetryPolicy): {@code retryInterval} is a Go duration
   * in nanoseconds; {@code retryIntervalSeconds}, when set, replaces it.
   */
  private static ObjectNode retryPolicy(JsonNode src) {
    ObjectNode out = Manifests.NODES.objectNode();
    putNonZero(out, "maxRetries", Nodes.integer(src, "maxRetries", 0));
    long interval = Nodes.integer(src, "retryInterval", 0);
    if (src.path("retryIntervalSeconds").isIntegralNumber()) {
      long seconds = src.path("retryIntervalSeconds").asLong();
      interval =
          seconds <= 0
              ? 0
              : seconds > Long.MAX_VALUE / 1_000_000_000L
                  ? Long.MAX_VALUE
                  : seconds * 1_000_000_000L;
    }
    putNonZero(out, "retryInterval", interval);
    return out;
  }

  private static void nonEmptyList(JsonNode from, String field, ObjectNode to) {
    if (from.path(field).isArray() && !from.path(field).isEmpty()) {
      to.set(field, from.path(field).deepCopy());
    }
  }

  private static void putNonZero(ObjectNode to, String field, long value) {
    if (value != 0) {
      to.put(field, value);
    }
  }

  private static void putNonEmpty(ObjectNode to, String field, String value) {
    if (!value.isEmpty()) {
      to.put(field, value);
    }
  }
}
