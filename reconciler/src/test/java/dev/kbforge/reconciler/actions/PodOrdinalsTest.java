package dev.kbforge.reconciler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PodOrdinalsTest {
  @Test
  void theOrdinalOfTheWorkloadsOwnPods() {
    assertEquals(OptionalInt.of(0), PodOrdinals.of("db-redis", "db-redis-0"));
    assertEquals(OptionalInt.of(12), PodOrdinals.of("db-redis", "db-redis-12"));
  }

  @Test
  void noOrdinalForOtherNames() {
    for (String pod :
        new String[] {
          "db-redis",
          "db-redis-",
          "db-redis-sentinel-0",
          "db-redis--1",
          "db-redis-+1",
          "db-redis-1a",
          "other-0",
          "db-redis-99999999999"
        }) {
      assertTrue(PodOrdinals.of("db-redis", pod).isEmpty(), pod);
    }
  }
}
