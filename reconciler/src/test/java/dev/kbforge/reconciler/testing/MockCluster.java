package dev.kbforge.reconciler.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's mock API server, in CRUD mode (it stores what is written and answers reads from it; it
 * has no server-side apply, so the reconciler's create/update fallback runs against it) or in
 * expectation mode (it answers only the requests a test scripts), plus a client for it. Records
 * every request so tests can count writes.
 */
public final class MockCluster implements AutoCloseable {
  private static final Logger QUIET = Logger.getLogger("io.fabric8.mockwebserver");

  static {
    QUIET.setLevel(Level.WARNING); // it logs every request at INFO
  }

  public final KubernetesMockServer server;
  public final KubernetesClient client;
  private final List<RecordedRequest> seen = new ArrayList<>();

  private MockCluster(KubernetesMockServer server) {
    this.server = server;
    server.init();
    client = server.createClient();
  }

  private MockCluster(boolean crud) {
    this(
        crud
            ? new KubernetesMockServer(
                new Context(),
                new MockWebServer(),
                new HashMap<>(),
                new KubernetesCrudDispatcher(),
                false)
            : new KubernetesMockServer(false));
  }

  /** A mock that stores objects (no server-side apply: it answers apply patches 404/415). */
  public static MockCluster crud() {
    return new MockCluster(true);
  }

  /**
   * A CRUD mock that answers every request {@code latency} late (without holding up the others),
   * like an API server across a network.
   */
  public static MockCluster crud(Duration latency) {
    return new MockCluster(
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                MockResponse response = super.dispatch(request);
                // vert.x refuses a timer under 1 ms: no delay at all then
                return latency.toMillis() < 1 ? response : response.setBodyDelay(latency);
              }
            },
            false));
  }

  /**
   * A CRUD mock that answers the requests a test scripts ({@code server.expect()}) first, e.g. the
   * websocket of a pod's {@code exec}, which CRUD mode cannot answer.
   */
  public static MockCluster mixed() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    return new MockCluster(
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false));
  }

  /** A mock that answers only what the test expects ({@code server.expect()}), else 404. */
  public static MockCluster expectations() {
    return new MockCluster(false);
  }

  /** Every request received so far (including earlier calls' ones). */
  public synchronized List<RecordedRequest> requests() {
    try {
      RecordedRequest r;
      while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
        seen.add(r);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return List.copyOf(seen);
  }

  /** Forgets the requests received so far. */
  public synchronized void clearRequests() {
    requests();
    seen.clear();
  }

  /** The requests that change something (anything but GET), as {@code METHOD path}. */
  public List<String> writes() {
    return requests().stream()
        .filter(r -> !r.getMethod().equals("GET"))
        .map(r -> r.getMethod() + " " + r.getPath())
        .toList();
  }

  /** A client like kb's own (ClientFactory): a 5xx answer is not retried by the client. */
  public KubernetesClient clientWithoutRetries() {
    return new io.fabric8.kubernetes.client.KubernetesClientBuilder()
        .withConfig(
            new io.fabric8.kubernetes.client.ConfigBuilder(client.getConfiguration())
                .withRequestRetryBackoffLimit(0)
                .build())
        .build();
  }

  public String url() {
    return client.getMasterUrl().toString();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}
