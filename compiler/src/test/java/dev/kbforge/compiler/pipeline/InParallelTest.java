package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {
  @Test
  void resultsComeInTheItemsOrderWhateverThreadMadeThem() throws InterruptedException {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch othersRunning = new CountDownLatch(100);

    List<Integer> squares =
        InParallel.map(
            items,
            3,
            i -> {
              threads.add(Thread.currentThread());
              if (i == 0) {
                // hold this thread until other threads have mapped later items
                awaitQuietly(othersRunning);
              } else {
                othersRunning.countDown();
              }
              return i * i;
            });

    assertEquals(items.stream().map(i -> i * i).toList(), squares);
    assertTrue(threads.size() >= 2, "threads: " + threads);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void withoutHelpersEveryItemIsMappedOnTheCaller() {
    Set<String> threads = ConcurrentHashMap.newKeySet();

    List<String> out =
        InParallel.map(
            List.of("a", "b", "c"),
            0,
            s -> {
              threads.add(Thread.currentThread().getName());
              return s.toUpperCase();
            });

    assertEquals(List.of("A", "B", "C"), out);
    assertEquals(Set.of(Thread.currentThread().getName()), threads);
  }

  @Test
  void aFailureOnAnyThreadReachesTheCaller() {
    IllegalStateException failure = new IllegalStateException("bug");
    List<Integer> items = IntStream.range(0, 1_000).boxed().toList();

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                InParallel.map(
                    items,
                    2,
                    i -> {
                      if (i == 500) {
                        throw failure;
                      }
                      return i;
                    }));

    assertSame(failure, thrown);
  }
}
