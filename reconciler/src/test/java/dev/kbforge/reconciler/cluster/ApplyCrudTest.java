package dev.kbforge.reconciler.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.model.Keys;
import dev.kbforge.reconciler.plan.Action;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb apply against the CRUD mock: the create/update fallback path, inventory and drift. */
class ApplyCrudTest {
  static final String TREE =
      """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: demo
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
        namespace: demo
        labels:
          app.kubernetes.io/instance: redis
      data:
        mode: standalone
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: redis
        namespace: demo
      spec:
        ports:
        - port: 6379
      """;

  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    mock.close();
  }

  @Test
  void createsThenReappliesWithZeroWrites() {
    Fixture.write(dir, "all.yaml", TREE);
    ApplyResult first = fixture.apply(mock, dir);
    assertEquals(3 + 1, first.writes(), "three objects and the ApplySet parent");
    assertTrue(first.fellBack());
    mock.clearRequests();

    ApplyResult second = fixture.apply(mock, dir);

    assertEquals(List.of(), mock.writes());
    assertEquals(0, second.writes());
    assertEquals(4, second.plan().steps(Action.UNCHANGED).size());
  }

  @Test
  void fallbackIsAnnouncedOnce() {
    Fixture.write(dir, "all.yaml", TREE);
    fixture.apply(mock, dir);
    long fallbacks =
        fixture.notices.stream().filter(n -> n.equals(ObjectWriter.FALLBACK_NOTICE)).count();
    assertEquals(1, fallbacks, String.valueOf(fixture.notices));
  }

  @Test
  void labelsMembersAndWritesTheParent() {
    Fixture.write(dir, "all.yaml", TREE);
    ApplyResult result = fixture.apply(mock, dir);
    String id = result.plan().applySet().id();
    ConfigMap settings = mock.client.configMaps().inNamespace("demo").withName("settings").get();
    assertEquals(id, settings.getMetadata().getLabels().get(Keys.PART_OF));
    ConfigMap parent =
        mock.client.configMaps().inNamespace("demo").withName("kbforge-applyset-test").get();
    assertNotNull(parent);
    assertEquals(id, parent.getMetadata().getLabels().get(Keys.APPLYSET_ID));
    Map<String, String> annotations = parent.getMetadata().getAnnotations();
    assertEquals("ConfigMap,Namespace,Service", annotations.get(Keys.CONTAINS_GROUP_KINDS));
    assertEquals("", annotations.get(Keys.ADDITIONAL_NAMESPACES));
    assertEquals("kbforge/0.0.0-test", annotations.get(Keys.TOOLING));
  }

  @Test
  void restoresDrift() {
    Fixture.write(dir, "all.yaml", TREE);
    fixture.apply(mock, dir);
    mock.client
        .configMaps()
        .inNamespace("demo")
        .withName("settings")
        .edit(
            cm -> {
              cm.getData().put("mode", "tampered");
              return cm;
            });

    ApplyResult repair = fixture.apply(mock, dir);

    assertEquals(1, repair.writes());
    var update = repair.plan().steps(Action.UPDATE).get(0);
    assertEquals("ConfigMap demo/settings", update.ref().toString());
    assertEquals("data.mode: \"tampered\" -> \"standalone\"", update.diffs().get(0).toString());
    assertEquals(
        "standalone",
        mock.client
            .configMaps()
            .inNamespace("demo")
            .withName("settings")
            .get()
            .getData()
            .get("mode"));
  }
}
