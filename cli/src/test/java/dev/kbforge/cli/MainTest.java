package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Kbforge;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

class MainTest {
  @Test
  void versionPrintsTheCompilerVersion() {
    Run run = Run.of("--version");
    assertEquals(0, run.status());
    assertEquals("kb " + Kbforge.create().version(), run.out().strip());
  }

  @Test
  void helpListsTheValidateCommand() {
    Run run = Run.of("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("validate"), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.of();
    assertEquals(2, run.status());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = Run.of("frobnicate");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("frobnicate"), run.err());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void unknownTopLevelOptionIsAUsageError() {
    Run run = Run.of("--frobnicate");
    assertEquals(2, run.status());
    assertFalse(run.printedStackTrace(), run.err());
  }

  /** Without a provider, slf4j prints a "No SLF4J providers" warning on every run. */
  @Test
  void anSlf4jProviderIsOnTheClasspath() {
    assertTrue(ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent());
  }
}
