package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpLayoutTest {
  @Test
  void commandListShowsOneSentencePerCommand() {
    Run run = Run.of("--help");
    assertEquals(0, run.status());
    List<String> list =
        run.out()
            .lines()
            .dropWhile(l -> !l.equals("Commands:"))
            .skip(1)
            .takeWhile(l -> !l.isEmpty())
            .toList();
    assertTrue(list.stream().anyMatch(l -> l.startsWith("  completion ")), run.out());
    assertTrue(list.stream().anyMatch(l -> l.startsWith("  apply ") && l.endsWith("cluster.")));
    assertTrue(list.size() < 25, "a line or two per command:\n" + String.join("\n", list));
  }

  @Test
  void firstSentenceKeepsEllipsesAndStopsAtAColonOutsideParentheses() {
    assertEquals(
        "Check PATH... as one set.", HelpLayout.firstSentence("Check PATH... as one set. More."));
    assertEquals("Apply DIR.", HelpLayout.firstSentence("Apply DIR: in order. More."));
    assertEquals(
        "Measure it (a benchmark: timings).",
        HelpLayout.firstSentence("Measure it (a benchmark: timings). More."));
  }

  @Test
  void benchHelpHasAReadableSynopsisAndNoVersionOption() {
    Run run = Run.of("bench", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: kb bench validate"), run.out());
    // no version option of its own (bench start does launch 'kb --version')
    assertFalse(run.out().contains("-V, --version"), run.out());
    assertTrue(run.out().lines().allMatch(l -> l.length() <= 80), run.out());
  }
}
