package dev.kbforge.compiler.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.CompilerHarness;
import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateResult;
import dev.kbforge.compiler.model.Kind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document without apiVersion or kind is KB1005; in an {@code addon.yaml} its hint shows the
 * Addon form (the hint is the feature here, so the test looks for the two facts it must carry).
 */
class DocumentClassifierAddonHintTest {
  @TempDir Path tmp;

  private Diagnostic onlyFinding(String file, String text) {
    CompilerHarness harness = new CompilerHarness(tmp).file(file, text);
    ValidateResult result = harness.validate();
    assertEquals(List.of("KB1005@" + file + ":1:1"), harness.codes(result));
    return result.diagnostics().get(0);
  }

  @Test
  void addonYamlWithoutHeaderShowsTheAddonForm() {
    String hint = onlyFinding("addons/kv/addon.yaml", "name: kv\nversion: 0.1.0\n").hint();
    assertTrue(hint.contains(Kind.ADDON.apiVersion()), hint);
    assertTrue(hint.contains("kind: " + Kind.ADDON.kindName()), hint);
  }

  @Test
  void otherFilesKeepTheGeneralHint() {
    String hint = onlyFinding("addons/kv/not-addon.yaml", "name: kv\nversion: 0.1.0\n").hint();
    assertFalse(hint.contains(Kind.ADDON.apiVersion()), hint);
  }
}
