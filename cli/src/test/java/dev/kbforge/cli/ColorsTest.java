package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorsTest {
  private static final String TEXT =
      "a.yaml:5:3: error[KB1003]: duplicate key 'name'\n"
          + "      name: demo2\n"
          + "      ^\n"
          + "  hint: first defined at line 4\n"
          + "b.yaml:8:7: warning[KB1007]: not checked\n"
          + "1 error(s), 1 warning(s) in 2 document(s) from 1 file(s)\n";

  @Test
  void onlyOnATerminalWithoutNoColorOrDumbTerm() {
    assertTrue(Colors.enabled(false, Map.of(), true));
    assertFalse(Colors.enabled(false, Map.of(), false), "not a terminal");
    assertFalse(Colors.enabled(true, Map.of(), true), "--no-color");
    assertFalse(Colors.enabled(false, Map.of("NO_COLOR", "1"), true), "NO_COLOR");
    assertTrue(Colors.enabled(false, Map.of("NO_COLOR", ""), true), "NO_COLOR empty is unset");
    assertFalse(Colors.enabled(false, Map.of("TERM", "dumb"), true), "dumb terminal");
  }

  @Test
  void paintingOnlyWrapsTheText() {
    String painted = Colors.paint(TEXT);
    assertEquals(TEXT, painted.replaceAll("\u001b\\[[0-9;]*m", ""));
    assertTrue(painted.contains("\u001b[1;31merror[KB1003]:"), painted);
    assertTrue(painted.contains("\u001b[1;33mwarning[KB1007]:"), painted);
    assertTrue(painted.contains("\u001b[1;32m^"), painted);
    assertTrue(painted.contains("\u001b[36mhint:"), painted);
    assertFalse(painted.lines().skip(5).findFirst().orElseThrow().contains("\u001b"), painted);
  }

  @Test
  void noColorOptionIsAcceptedAndTestsRunWithoutATerminal() {
    Run run = Run.of("validate", "--no-color", Trees.root().resolve("addons/redis").toString());
    assertEquals(0, run.status(), run.err());
    assertFalse(run.out().contains("\u001b"), run.out());
  }
}
