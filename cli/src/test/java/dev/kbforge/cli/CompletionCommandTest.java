package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {
  @Test
  void bashScriptCompletesEveryCommandAndItsOptions() {
    Run run = Run.of("completion", "bash");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("complete -F _complete_kb"), run.out());
    for (String command : new String[] {"validate", "render", "crds", "apply", "completion"}) {
      assertTrue(run.out().contains(command), command);
    }
    assertTrue(run.out().contains("--with-crds"), "render's options are completed");
  }

  @Test
  void zshGetsTheScriptThatLoadsBashcompinit() {
    Run run = Run.of("completion", "zsh");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("ZSH_VERSION") && run.out().contains("bashcompinit"));
  }

  @Test
  void otherShellsAreAUsageError() {
    Run run = Run.of("completion", "fish");
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("kb: unknown shell 'fish'"), run.err());
  }
}
