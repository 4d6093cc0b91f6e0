package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** As KubeBlocks' parseParentNameAndOrdinal (pkg/controller/instanceset/instance_util.go). */
class PodOrdinalsTest {
  @Test
  void theNumberAfterTheLastDash() {
    assertEquals(OptionalInt.of(0), PodOrdinals.of("db-redis-0"));
    assertEquals(OptionalInt.of(12), PodOrdinals.of("db-redis-12"));
    assertEquals(OptionalInt.of(3), PodOrdinals.of("db-redis-tpl-3"), "an instance template's pod");
    assertEquals(OptionalInt.of(1), PodOrdinals.of("db-redis-+1"), "Go's ParseInt takes a sign");
  }

  @Test
  void noOrdinalWithoutADecimalInt32AfterTheLastDash() {
    for (String pod : new String[] {"redis", "db-redis-", "db-redis-1a", "db-redis-99999999999"}) {
      assertTrue(PodOrdinals.of(pod).isEmpty(), pod);
    }
  }
}
