package dev.kbforge.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmitWorkersTest {
  @Test
  void noWorkersRunEveryTaskOnTheCallerInOrder() {
    List<String> ran = new ArrayList<>();
    try (EmitWorkers workers = EmitWorkers.of(0)) {
      for (int i = 0; i < 5; i++) {
        int n = i;
        workers.submit(() -> ran.add(Thread.currentThread().getName() + "#" + n));
      }
      workers.awaitAll();
    }
    String caller = Thread.currentThread().getName();
    assertEquals(
        List.of(caller + "#0", caller + "#1", caller + "#2", caller + "#3", caller + "#4"), ran);
  }

  @Test
  void awaitAllWaitsForEveryTask() {
    AtomicInteger done = new AtomicInteger();
    try (EmitWorkers workers = EmitWorkers.of(3)) {
      for (int i = 0; i < 200; i++) {
        workers.submit(done::incrementAndGet);
      }
      workers.awaitAll();
      assertEquals(200, done.get());
    }
  }

  @Test
  void aWorkersFailureIsRethrownToTheCaller() {
    IllegalStateException failure = new IllegalStateException("disk full");
    try (EmitWorkers workers = EmitWorkers.of(2)) {
      workers.submit(
          () -> {
            throw failure;
          });
      assertSame(failure, assertThrows(IllegalStateException.class, workers::awaitAll));
      // later submissions fail at once: the run is lost anyway
      assertSame(
          failure, assertThrows(IllegalStateException.class, () -> workers.submit(() -> {})));
    }
  }

  @Test
  void whenEverySlotIsTakenTheCallerRunsTheTaskItself() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    List<String> ran = new CopyOnWriteArrayList<>();
    try (EmitWorkers workers = EmitWorkers.of(1)) {
      // one worker, two slots: one task running, one queued, both held
      for (int i = 0; i < 2; i++) {
        workers.submit(
            () -> {
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              ran.add(Thread.currentThread().getName());
            });
      }
      workers.submit(() -> ran.add(Thread.currentThread().getName()));
      // ran on the caller, before the held tasks
      assertEquals(List.of(Thread.currentThread().getName()), ran);
      release.countDown();
      workers.awaitAll();
    }
    assertEquals(3, ran.size());
  }
}
