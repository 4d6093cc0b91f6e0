package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A bare {@code kb --version} skips picocli; it must print what picocli would have printed. */
class VersionFastPathTest {
  @Test
  void theFastPathPrintsWhatPicocliPrints() {
    StringWriter picocli = new StringWriter();
    new CommandLine(new Main()).printVersionHelp(new PrintWriter(picocli, true));
    for (String flag : new String[] {"--version", "-V"}) {
      Run run = Run.of(flag);
      assertEquals(0, run.status(), flag);
      assertEquals(picocli.toString(), run.out(), flag);
      assertEquals("", run.err(), flag);
    }
  }

  @Test
  void onlyABareVersionRequestTakesTheFastPath() {
    assertTrue(VersionProvider.isOnlyVersionRequest(new String[] {"--version"}));
    assertFalse(VersionProvider.isOnlyVersionRequest(new String[] {"--version", "extra"}));
    assertFalse(VersionProvider.isOnlyVersionRequest(new String[] {"validate", "--version"}));
    assertFalse(VersionProvider.isOnlyVersionRequest(new String[] {}));
  }
}
