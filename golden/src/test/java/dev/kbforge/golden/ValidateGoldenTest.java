package dev.kbforge.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.Kbforge;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.api.ValidateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input golden cases: {@code cases/validate/<case>/input/} holds sources with one mistake each,
 * {@code expected/diagnostics.txt} the findings as {@code severity CODE file:line:col}, one per
 * line (message text is left out on purpose: codes and positions are the contract). Run with {@code
 * -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class ValidateGoldenTest {
  private static final String SUITE = "validate";
  private final Kbforge kbforge = Kbforge.create();

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsExpectedFindings() {
    return GoldenCases.of(SUITE).stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  @Test
  void thereAreNoOrphanFolders() {
    for (Path dir : GoldenCases.of(SUITE)) {
      assertTrue(Files.isDirectory(dir.resolve("input")), dir + " has no input/");
      assertTrue(
          Files.isRegularFile(dir.resolve("expected/diagnostics.txt")) || GoldenCases.update(),
          dir + " has no expected/diagnostics.txt");
    }
  }

  private void check(Path dir) throws IOException {
    ValidateResult result =
        kbforge.validate(new ValidateRequest(List.of(dir.resolve("input")), false));
    String actual = render(result, dir);
    Path expected = dir.resolve("expected/diagnostics.txt");
    if (GoldenCases.update()) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual);
      return;
    }
    assertEquals(Files.readString(expected), actual, "findings of " + dir.getFileName());
    assertFalse(actual.isEmpty(), dir.getFileName() + " is a bad-input case: it must fail");
  }

  static String render(ValidateResult result, Path dir) {
    String prefix = dir.normalize().toString().replace('\\', '/') + "/";
    return result.diagnostics().stream().map(d -> line(d, prefix)).collect(Collectors.joining());
  }

  private static String line(Diagnostic d, String prefix) {
    String file = d.file().startsWith(prefix) ? d.file().substring(prefix.length()) : d.file();
    return d.severity().label()
        + " "
        + d.code()
        + " "
        + file
        + ":"
        + d.line()
        + ":"
        + d.column()
        + "\n";
  }
}
