package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb apply} killed with SIGKILL half-way (one request at a time against a mock that answers
 * writes late), then run again, leaves the cluster exactly as one uninterrupted run does.
 */
class KillProcessIT {
  static final int BULK = 200;

  @TempDir Path tmp;

  /** The rendered redis tree with CRDs, plus {@value #BULK} ConfigMaps to make the apply long. */
  Path tree() throws IOException {
    Path tree = RenderedTree.redis(tmp, "instanceset");
    StringBuilder bulk = new StringBuilder();
    for (int i = 0; i < BULK; i++) {
      bulk.append(
          """
          apiVersion: v1
          kind: ConfigMap
          metadata: {name: bulk-%03d, namespace: default}
          data: {index: "%d"}
          ---
          """
              .formatted(i, i));
    }
    Files.createDirectories(tree.resolve("bulk"));
    Files.writeString(tree.resolve("bulk/configmaps.yaml"), bulk.toString());
    Trees.replace(tree.resolve("kustomization.yaml"), "- crds\n", "- crds\n- bulk\n");
    return tree;
  }

  static KbProcess apply(MockApiServer mock, Path tree) {
    return KbProcess.start(
        "apply", "--concurrency", "1", "--kubeconfig", mock.kubeconfig.toString(), tree.toString());
  }

  @Test
  void aKilledApplyIsFinishedByTheNextOne() throws IOException {
    Path tree = tree();
    SortedMap<String, String> uninterrupted;
    try (MockApiServer reference = MockApiServer.crud(tmp, Duration.ZERO)) {
      assertEquals(0, apply(reference, tree).status());
      uninterrupted = reference.liveState();
    }

    try (MockApiServer mock = MockApiServer.crud(tmp, Duration.ofMillis(15))) {
      KbProcess killed = apply(mock, tree);
      killed.await(() -> mock.writes().size() >= 100, Duration.ofMinutes(1), "100 writes");
      killed.kill();
      assertEquals(128 + 9, killed.status(), "killed by SIGKILL, not finished:\n" + killed);
      SortedMap<String, String> halfWay = mock.liveState();
      assertNotEquals(uninterrupted.keySet(), halfWay.keySet());
      assertTrue(halfWay.size() > 50, "the kill came after some writes: " + halfWay.size());

      KbProcess again = apply(mock, tree);
      assertEquals(0, again.status(), again.toString());
      assertEquals(uninterrupted, mock.liveState());

      mock.clearLog();
      assertEquals(0, apply(mock, tree).status());
      assertEquals(List.of(), mock.writes());
    }
  }
}
