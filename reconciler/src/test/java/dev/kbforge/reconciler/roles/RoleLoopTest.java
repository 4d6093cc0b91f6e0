package dev.kbforge.reconciler.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.reconciler.testing.MockCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** kb roles' loop on a fake clock: each workload at its probe's period, until stopped. */
class RoleLoopTest {
  final MockCluster mock = MockCluster.crud();
  final Pods pods = new Pods();
  final FakeClock clock = new FakeClock();
  final List<Duration> pauses = new ArrayList<>();

  @BeforeEach
  void pods() {
    Pods.create(mock.client, Pods.pod("fast-0", "fast", true, null));
    Pods.create(mock.client, Pods.pod("slow-0", "slow", true, null));
    pods.answers.put("fast-0", "primary");
    pods.answers.put("slow-0", "secondary");
  }

  @AfterEach
  void close() {
    mock.close();
  }

  /** Runs the loop for {@code seconds} of fake time. */
  int run(Supplier<List<RoleWorkload>> workloads, Duration interval, int seconds) {
    Instant end = clock.instant().plusSeconds(seconds);
    RoleLoop loop =
        new RoleLoop(
            workloads,
            new RoleLabeler(mock.client, pods, pods),
            interval,
            clock,
            d -> {
              pauses.add(d);
              clock.now = clock.now.plus(d);
              return !clock.now.isBefore(end);
            },
            pods);
    return loop.run();
  }

  long probes(String pod) {
    return pods.probed.stream().filter(pod::equals).count();
  }

  @Test
  void eachWorkloadIsProbedAtItsPeriod() {
    int rounds = run(() -> List.of(Pods.redis("fast", 1), Pods.redis("slow", 3)), null, 6);

    assertEquals(6, probes("fast-0"), "at 0, 1, 2, 3, 4 and 5 s");
    assertEquals(2, probes("slow-0"), "at 0 and 3 s");
    assertEquals(6, rounds);
    assertEquals(Collections.nCopies(6, Duration.ofSeconds(1)), pauses);
    assertEquals("primary", Pods.role(mock.client, "fast-0"));
    assertEquals("secondary", Pods.role(mock.client, "slow-0"));
  }

  @Test
  void anIntervalOverridesThePeriods() {
    run(() -> List.of(Pods.redis("fast", 1), Pods.redis("slow", 3)), Duration.ofSeconds(2), 6);

    assertEquals(3, probes("fast-0"), "at 0, 2 and 4 s");
    assertEquals(3, probes("slow-0"), "at 0, 2 and 4 s");
  }

  @Test
  void theWorkloadsAreLookedUpAgainOnEveryWakeUp() {
    List<List<RoleWorkload>> trees =
        new ArrayList<>(List.of(List.of(Pods.redis("fast", 1)), List.of(Pods.redis("slow", 1))));
    run(() -> trees.size() > 1 ? trees.remove(0) : trees.get(0), null, 3);

    assertEquals(1, probes("fast-0"));
    assertEquals(2, probes("slow-0"));
  }

  @Test
  void anUnreadableTreeIsAWarningAndAnIdlePause() {
    run(
        () -> {
          throw new InputException("out/kustomization.yaml: not valid YAML");
        },
        null,
        60);

    assertEquals(List.of(RoleLoop.IDLE, RoleLoop.IDLE), pauses);
    assertEquals(2, pods.warnings.size());
    assertEquals(List.of(), pods.probed);
  }

  static final class FakeClock extends Clock {
    Instant now = Instant.parse("2030-01-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
