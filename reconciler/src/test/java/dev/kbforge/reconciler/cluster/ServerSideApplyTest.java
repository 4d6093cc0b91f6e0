package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.reconciler.model.ReconcileException;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requests a real API server receives, scripted with the mock's expectation mode (anything not
 * expected is answered 404, as a server answers GETs of objects that do not exist).
 */
class ServerSideApplyTest {
  static final String CONFIG_MAP =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, namespace: demo}
      data: {mode: standalone}
      """;
  static final String CM_PATH = "/api/v1/namespaces/demo/configmaps/settings";
  static final String PARENT_PATH = "/api/v1/namespaces/demo/configmaps/kbforge-applyset-test";
  static final String APPLY_QUERY = "?fieldManager=kbforge&force=true";

  @TempDir Path dir;
  final MockCluster mock = MockCluster.expectations();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  private List<RecordedRequest> patches() {
    return mock.requests().stream().filter(r -> r.getMethod().equals("PATCH")).toList();
  }

  @Test
  void appliesWithFieldManagerKbforgeAndForce() {
    Fixture.write(dir, "cm.yaml", CONFIG_MAP);
    mock.server.expect().patch().withPath(CM_PATH + APPLY_QUERY).andReturn(200, CONFIG_MAP).once();
    mock.server.expect().patch().withPath(PARENT_PATH + APPLY_QUERY).andReturn(200, "{}").once();

    ApplyResult result = fixture.apply(mock, dir);

    assertFalse(result.fellBack());
    assertEquals(List.of(), fixture.notices);
    List<RecordedRequest> patches = patches();
    assertEquals(
        List.of(PARENT_PATH + APPLY_QUERY, CM_PATH + APPLY_QUERY),
        patches.stream().map(RecordedRequest::getPath).toList());
    for (RecordedRequest patch : patches) {
      assertEquals("application/apply-patch+yaml", patch.getHeader("Content-Type"));
    }
    String body = patches.get(1).getUtf8Body();
    assertEquals(true, body.contains("applyset.kubernetes.io/part-of"), body);
    assertEquals(true, body.contains("standalone"), body);
  }

  @Test
  void retriesConflicts() {
    Fixture.write(dir, "cm.yaml", CONFIG_MAP);
    mock.server.expect().patch().withPath(PARENT_PATH + APPLY_QUERY).andReturn(200, "{}").once();
    mock.server.expect().patch().withPath(CM_PATH + APPLY_QUERY).andReturn(409, "{}").times(2);
    mock.server.expect().patch().withPath(CM_PATH + APPLY_QUERY).andReturn(200, CONFIG_MAP).once();

    ApplyResult result = fixture.apply(mock, dir);

    assertEquals(2, result.writes());
    assertEquals(4, patches().size(), "parent, then the ConfigMap three times");
  }

  @Test
  void forbiddenIsOneLine() {
    Fixture.write(dir, "cm.yaml", CONFIG_MAP);
    mock.server.expect().patch().withPath(PARENT_PATH + APPLY_QUERY).andReturn(200, "{}").once();
    mock.server.expect().patch().withPath(CM_PATH + APPLY_QUERY).andReturn(403, "{}").once();

    ReconcileException e = assertThrows(ReconcileException.class, () -> fixture.apply(mock, dir));

    assertEquals("forbidden: cannot patch configmaps in ns demo", e.getMessage());
  }

  @Test
  void forbiddenReadIsOneLine() {
    Fixture.write(dir, "cm.yaml", CONFIG_MAP);
    mock.server.expect().get().withPath(PARENT_PATH).andReturn(403, "{}").once();

    ReconcileException e = assertThrows(ReconcileException.class, () -> fixture.plan(mock, dir));

    assertEquals("forbidden: cannot get configmaps in ns demo", e.getMessage());
  }

  @Test
  void unsupportedMediaTypeFallsBackToCreate() {
    Fixture.write(dir, "cm.yaml", CONFIG_MAP);
    mock.server.expect().patch().withPath(PARENT_PATH + APPLY_QUERY).andReturn(415, "{}").once();
    mock.server
        .expect()
        .post()
        .withPath("/api/v1/namespaces/demo/configmaps")
        .andReturn(201, "{}")
        .times(2);

    ApplyResult result = fixture.apply(mock, dir);

    assertEquals(true, result.fellBack());
    assertEquals(List.of(ObjectWriter.FALLBACK_NOTICE), fixture.notices);
    assertEquals(1, patches().size(), "after a 415 no more apply patches are tried");
  }
}
