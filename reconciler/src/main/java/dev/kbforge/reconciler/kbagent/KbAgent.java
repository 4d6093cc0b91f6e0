package dev.kbforge.reconciler.kbagent;

import dev.kbforge.reconciler.model.ObjectRef;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls kbagent's HTTP API in a pod through the API server's pod proxy ({@code POST
 * /api/v1/namespaces/NS/pods/POD:3501/proxy/v1.0/action}), with the credentials of the kubeconfig:
 * no port-forward and nothing installed in the cluster. The request is KubeBlocks' ActionRequest
 * ({@code {"action": NAME, "parameters": {...}}}, pkg/kbagent/proto/proto.go); the service path and
 * port are kbagent's (pkg/kbagent/proto/service.go, its {@code --port 3501}).
 */
public final class KbAgent {
  /** kbagent's HTTP port, as the rendered sidecar's {@code --port} sets it. */
  public static final int PORT = 3501;

  /** kbagent's action service (ServiceAction.URI). */
  static final String ACTION_PATH = "/v1.0/action";

  private final KubernetesClient client;

  public KbAgent(KubernetesClient client) {
    this.client = client;
  }

  /** The proxy path of kbagent's action service in {@code pod}. */
  public static String actionPath(String namespace, String pod) {
    return "/api/v1/namespaces/"
        + encode(namespace)
        + "/pods/"
        + encode(pod)
        + ":"
        + PORT
        + "/proxy"
        + ACTION_PATH;
  }

  /**
   * Runs {@code action} in {@code pod} and returns kbagent's reply (success or the action's own
   * failure); throws {@link KbAgentUnreachable} when kbagent gave no reply.
   *
   * @param timeout how long to wait for the reply (the action's own time limit plus a margin)
   */
  public ActionReply call(
      ObjectRef pod, String action, Map<String, String> parameters, Duration timeout) {
    return call(pod, action, parameters, java.util.List.of(), timeout);
  }

  /**
   * {@link #call(ObjectRef, String, Map, Duration)} with the request's {@code arguments} (a
   * reconfigure's reconfigureArgs, lifecycle.Options.Arguments in KubeBlocks), left out when empty.
   */
  public ActionReply call(
      ObjectRef pod,
      String action,
      Map<String, String> parameters,
      java.util.List<java.util.List<String>> arguments,
      Duration timeout) {
    ObjectNode request = Serialization.jsonMapper().createObjectNode();
    request.put("action", action);
    if (!parameters.isEmpty()) {
      ObjectNode params = request.putObject("parameters");
      new TreeMap<>(parameters).forEach(params::put);
    }
    if (!arguments.isEmpty()) {
      var args = request.putArray("arguments");
      arguments.forEach(a -> a.forEach(args.addArray()::add));
    }
    String url =
        client.getMasterUrl().toString().replaceAll("/+$", "")
            + actionPath(pod.namespace(), pod.name());
    HttpClient http = client.getHttpClient();
    HttpRequest post =
        http.newHttpRequestBuilder()
            .uri(url)
            .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
            .post("application/json", request.toString())
            .build();
    HttpResponse<String> response;
    try {
      response = http.sendAsync(post, String.class).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new KbAgentUnreachable(pod, "no reply within " + timeout.toSeconds() + "s");
    } catch (ExecutionException e) {
      throw new KbAgentUnreachable(pod, cause(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KbAgentUnreachable(pod, "interrupted");
    }
    String body = response.body() == null ? "" : response.body();
    int code = response.code();
    if (code == 200 || code == 500) { // kbagent answers both with an ActionResponse
      var reply = ActionReply.parse(body);
      if (reply.isPresent()) {
        return reply.get();
      }
    }
    throw new KbAgentUnreachable(pod, "HTTP " + code + statusMessage(body));
  }

  /** The API server's Status message (e.g. "error trying to reach service: ..."), if any. */
  private static String statusMessage(String body) {
    try {
      Status status = Serialization.unmarshal(body, Status.class);
      if (status != null && status.getMessage() != null && !status.getMessage().isBlank()) {
        return ": " + status.getMessage().lines().findFirst().orElse("");
      }
    } catch (RuntimeException e) {
      // not a Status: say nothing more
    }
    String line = body.strip().lines().findFirst().orElse("");
    return line.isEmpty() ? "" : ": " + (line.length() > 200 ? line.substring(0, 200) : line);
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  private static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
