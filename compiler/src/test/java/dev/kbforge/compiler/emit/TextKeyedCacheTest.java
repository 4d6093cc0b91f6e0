package dev.kbforge.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TextKeyedCacheTest {
  private final AtomicInteger computed = new AtomicInteger();

  private String compute(String value) {
    computed.incrementAndGet();
    return value;
  }

  @Test
  void anEqualKeyIsServedWithoutComputing() {
    TextKeyedCache<String> cache = new TextKeyedCache<>(1_000);
    assertEquals("a", cache.get(List.of("x", "text"), 4, () -> compute("a")));
    assertEquals("a", cache.get(List.of("x", new String("text")), 4, () -> compute("b")));
    assertEquals(1, computed.get());
    assertEquals("c", cache.get(List.of("x", "other"), 5, () -> compute("c")));
    assertEquals(2, computed.get());
  }

  @Test
  void aKeyOverAQuarterOfTheBudgetIsComputedEachTime() {
    TextKeyedCache<String> cache = new TextKeyedCache<>(1_000);
    cache.get(List.of("big"), 251, () -> compute("v"));
    cache.get(List.of("big"), 251, () -> compute("v"));
    assertEquals(2, computed.get());
    assertEquals(0, cache.size());
  }

  @Test
  void whenTheBudgetIsSpentItStartsOver() {
    TextKeyedCache<String> cache = new TextKeyedCache<>(1_000);
    for (int i = 0; i < 50; i++) {
      cache.get(List.of("k" + i), 100, () -> compute("v"));
      assertTrue(cache.chars() <= 1_000, "chars: " + cache.chars());
    }
    assertTrue(cache.size() <= 10, "entries: " + cache.size());
    cache.get(List.of("k49"), 100, () -> compute("again"));
    assertEquals(50, computed.get(), "the newest key is still kept");
  }
}
