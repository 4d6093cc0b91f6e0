package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.diag.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every definition code (KB30xx-KB34xx) has its line in docs/diagnostics.md. */
class DefinitionCodesDocumentedTest {
  @Test
  void everyDefinitionCodeIsDocumented() throws IOException {
    String root = System.getProperty("kbforge.root");
    Assumptions.assumeTrue(root != null && !root.isBlank(), "kbforge.root not set; skipping");
    String doc = Files.readString(Path.of(root, "docs", "diagnostics.md"));
    for (Code code : Code.values()) {
      if (code.name().compareTo("KB3000") < 0 || code.name().compareTo("KB3500") >= 0) {
        continue;
      }
      String line =
          "| "
              + code.name()
              + " | "
              + code.severity().name().toLowerCase(Locale.ROOT)
              + " | "
              + code.summary()
              + " |";
      assertTrue(doc.contains(line), "docs/diagnostics.md lacks: " + line);
    }
  }
}
