package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb apply --watch} as a process against the CRUD mock, stopped with SIGTERM. */
class WatchProcessIT {
  static final String CONFIG_MAP = "redis-standalone-redis-env";

  @TempDir Path tmp;

  @Test
  void correctsDriftUntilTerminatedThenExitsZero() {
    Path tree = RenderedTree.redis(tmp, "instanceset");
    try (MockApiServer mock = MockApiServer.crud(tmp, Duration.ZERO)) {
      KbProcess watch =
          KbProcess.start(
              "apply",
              "--watch",
              "--interval",
              "200ms",
              "--kubeconfig",
              mock.kubeconfig.toString(),
              tree.toString());
      String created = "round 1: create ConfigMap default/" + CONFIG_MAP + "\n";
      watch.await(() -> watch.out().contains(created), Duration.ofMinutes(1), created);
      watch.await(
          () -> watch.out().contains("round 1: create PodDisruptionBudget "),
          Duration.ofMinutes(1),
          "the end of round 1");

      mock.client
          .configMaps()
          .inNamespace("default")
          .withName(CONFIG_MAP)
          .edit(
              c -> {
                c.getData().put("COMPONENT_REPLICAS", "9");
                return c;
              });
      String correction =
          ": update ConfigMap default/"
              + CONFIG_MAP
              + ": data.COMPONENT_REPLICAS: \"9\" -> \"1\"\n";
      watch.await(() -> watch.out().contains(correction), Duration.ofMinutes(1), correction);
      watch.terminate();

      assertEquals(0, watch.status(), watch.toString());
      assertEquals(1, count(watch.err(), "using create/update"), "said once: " + watch.err());
      assertTrue(
          watch.out().matches("(?s).*\nwatch: stopped after \\d+ round\\(s\\)\n"),
          watch.toString());
      assertEquals(
          "1",
          mock.client
              .configMaps()
              .inNamespace("default")
              .withName(CONFIG_MAP)
              .get()
              .getData()
              .get("COMPONENT_REPLICAS"));
    }
  }

  static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aSignalDuringARoundLetsTheRoundFinish() {
    Path tree = RenderedTree.redis(tmp, "instanceset");
    try (MockApiServer mock = MockApiServer.crud(tmp, Duration.ofMillis(20))) {
      KbProcess watch =
          KbProcess.start(
              "apply",
              "--watch",
              "--concurrency",
              "1",
              "--kubeconfig",
              mock.kubeconfig.toString(),
              tree.toString());
      watch.await(() -> mock.writes().size() >= 20, Duration.ofMinutes(1), "20 writes");
      watch.terminate();

      assertEquals(0, watch.status(), watch.toString());
      assertTrue(watch.out().endsWith("\nwatch: stopped after 1 round(s)\n"), watch.toString());
      assertNotNull(
          mock.client
              .policy()
              .v1()
              .podDisruptionBudget()
              .inNamespace("default")
              .withName("redis-replication-redis")
              .get(),
          "the round's last stage ran");
    }
  }
}
