package dev.kbforge.reconciler.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.reconciler.Reconciler;
import dev.kbforge.reconciler.testing.Fixture;
import dev.kbforge.reconciler.testing.MockCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb apply --watch as a library: rounds against the CRUD mock, with scripted pauses. */
class WatchLoopTest {
  static final String TREE =
      """
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings, namespace: demo}
      data: {mode: standalone, port: "6379"}
      """;

  @TempDir Path dir;
  final MockCluster mock = MockCluster.crud();
  final Fixture fixture = new Fixture();
  final List<WatchLoop.Round> rounds = new ArrayList<>();
  final List<Duration> pauses = new ArrayList<>();
  int afterApply;

  @AfterEach
  void close() {
    mock.close();
  }

  /**
   * Runs the loop; before the n-th pause, {@code between.get(n)} runs; after the last, it stops.
   */
  int watch(List<Runnable> between) {
    WatchLoop loop =
        new WatchLoop(
            listener -> new Reconciler(mock.client, dir, fixture.options(), listener),
            Duration.ofSeconds(30),
            d -> {
              pauses.add(d);
              if (pauses.size() > between.size()) {
                return true;
              }
              between.get(pauses.size() - 1).run();
              return false;
            },
            fixture.listener(),
            r -> afterApply++,
            rounds::add);
    return loop.run();
  }

  void tamper() {
    mock.client
        .configMaps()
        .inNamespace("demo")
        .withName("settings")
        .edit(
            cm -> {
              cm.getData().put("mode", "cluster");
              return cm;
            });
  }

  @Test
  void correctsDriftEveryRoundAndReportsEachField() {
    Fixture.write(dir, "all.yaml", TREE);

    int count = watch(List.of(this::tamper, () -> {}));

    assertEquals(3, count);
    assertEquals(
        List.of(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(30)), pauses);
    assertEquals(
        List.of(
            "round 1: create ConfigMap demo/kbforge-applyset-test",
            "round 1: create ConfigMap demo/settings"),
        rounds.get(0).lines());
    assertEquals(
        List.of(
            "round 2: update ConfigMap demo/settings: data.mode: \"cluster\" -> \"standalone\""),
        rounds.get(1).lines());
    assertEquals(List.of(), rounds.get(2).lines());
    assertEquals(
        "standalone",
        mock.client
            .configMaps()
            .inNamespace("demo")
            .withName("settings")
            .get()
            .getData()
            .get("mode"));
    assertEquals(3, afterApply);
  }

  @Test
  void anEditedTreeIsReadAgain() {
    Fixture.write(dir, "all.yaml", TREE);

    watch(List.of(() -> Fixture.write(dir, "all.yaml", TREE.replace("6379", "7000"))));

    assertEquals(
        List.of("round 2: update ConfigMap demo/settings: data.port: \"6379\" -> \"7000\""),
        rounds.get(1).lines());
  }

  @Test
  void aFailedRoundIsReportedAndTheNextOneTriesAgain() {
    Fixture.write(dir, "all.yaml", "kind: [");

    watch(List.of(() -> Fixture.write(dir, "all.yaml", TREE)));

    assertNotNull(rounds.get(0).failure());
    assertTrue(rounds.get(0).failure().contains("all.yaml"), rounds.get(0).failure());
    assertEquals(1, afterApply, "only after the round that applied");
    assertNull(rounds.get(1).failure());
    assertEquals("round 2: create ConfigMap demo/settings", rounds.get(1).lines().get(1));
  }

  @Test
  void aStopBeforeTheFirstPauseStillRunsOneRound() {
    Fixture.write(dir, "all.yaml", TREE);
    Stop stop = new Stop();
    stop.stop();
    WatchLoop loop =
        new WatchLoop(
            listener -> new Reconciler(mock.client, dir, fixture.options(), listener),
            Duration.ofHours(1),
            stop,
            fixture.listener(),
            r -> {},
            rounds::add);

    assertEquals(1, loop.run());
    assertEquals(2, rounds.get(0).writes().size());
  }
}
