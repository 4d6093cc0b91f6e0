package dev.kbforge.cli;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * fabric8's mock API server for tests that run {@code kb} as a process: CRUD mode (optionally
 * answering writes late, to stretch an apply), a request log by method, the stored objects as a
 * comparable snapshot, and a kubeconfig file pointing at it.
 */
final class MockApiServer implements AutoCloseable {
  final KubernetesMockServer server;
  final KubernetesClient client;
  final Path kubeconfig;
  private final Recording recording;

  private MockApiServer(Path dir, Recording recording, KubernetesMockServer server) {
    Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
    this.recording = recording;
    this.server = server;
    server.init();
    client = server.createClient();
    kubeconfig = writeKubeconfig(dir, server.getPort());
  }

  /** A CRUD mock; writes are answered {@code writeDelay} late (the object is stored at once). */
  static MockApiServer crud(Path dir, Duration writeDelay) {
    Recording recording = new Recording(writeDelay);
    return new MockApiServer(
        dir,
        recording,
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), recording, false));
  }

  /** A CRUD mock that answers scripted requests ({@code server.expect()}) first; no log. */
  static MockApiServer mixed(Path dir) {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    return new MockApiServer(
        dir,
        null,
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false));
  }

  /** Every request since the last {@link #clearLog}, as {@code METHOD path}, in arrival order. */
  List<String> log() {
    synchronized (recording.log) {
      return List.copyOf(recording.log);
    }
  }

  void clearLog() {
    recording.log.clear();
  }

  /** The logged requests by method: {@code {GET=12, PUT=1}}. */
  Map<String, Integer> byMethod() {
    Map<String, Integer> counts = new TreeMap<>();
    log().forEach(r -> counts.merge(r.substring(0, r.indexOf(' ')), 1, Integer::sum));
    return counts;
  }

  /** The logged requests that change something (anything but GET). */
  List<String> writes() {
    return log().stream().filter(r -> !r.startsWith("GET ")).toList();
  }

  /**
   * What the mock stores, by {@code Kind namespace/name}: each object without the fields the server
   * sets (uid, resourceVersion, timestamps, managedFields), keys sorted, and the random passwords
   * of generated account Secrets blanked.
   */
  SortedMap<String, String> liveState() {
    SortedMap<String, String> state = new TreeMap<>();
    for (String json : new ArrayList<>(recording.getMap().values())) {
      ObjectNode object = (ObjectNode) Serialization.jsonMapper().readTree(json);
      ObjectNode metadata = (ObjectNode) object.path("metadata");
      List.of("uid", "resourceVersion", "creationTimestamp", "generation", "managedFields")
          .forEach(metadata::remove);
      if (metadata.path("annotations").has("kbforge.dev/generated-credentials")) {
        object
            .path("data")
            .propertyNames()
            .forEach(k -> ((ObjectNode) object.get("data")).put(k, "(random)"));
      }
      String namespace = metadata.path("namespace").asString("");
      String key =
          object.path("kind").asString()
              + " "
              + (namespace.isEmpty() ? "" : namespace + "/")
              + metadata.path("name").asString();
      state.put(key, sorted(object).toString());
    }
    return state;
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = Serialization.jsonMapper().createObjectNode();
      new TreeMap<>(Map.copyOf(toMap(node))).forEach((k, v) -> copy.set(k, sorted(v)));
      return copy;
    }
    if (node.isArray()) {
      var copy = Serialization.jsonMapper().createArrayNode();
      node.forEach(v -> copy.add(sorted(v)));
      return copy;
    }
    return node;
  }

  private static Map<String, JsonNode> toMap(JsonNode node) {
    Map<String, JsonNode> map = new HashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
    return map;
  }

  private static Path writeKubeconfig(Path dir, int port) {
    try {
      return Files.writeString(
          Files.createTempFile(dir, "kubeconfig", ".yaml"),
          """
          apiVersion: v1
          kind: Config
          clusters: [{name: mock, cluster: {server: "http://localhost:%d"}}]
          contexts: [{name: mock, context: {cluster: mock, user: me}}]
          current-context: mock
          users: [{name: me, user: {token: t}}]
          """
              .formatted(port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }

  /** The CRUD dispatcher, logging each request and answering writes late. */
  private static final class Recording extends KubernetesCrudDispatcher {
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Duration writeDelay;

    Recording(Duration writeDelay) {
      this.writeDelay = writeDelay;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      MockResponse response = super.dispatch(request);
      log.add(request.getMethod() + " " + request.getPath());
      if (!request.getMethod().equals("GET") && !writeDelay.isZero()) {
        response.setBodyDelay(writeDelay);
      }
      return response;
    }
  }
}
