package dev.kbforge.compiler.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.ValidateRequest;
import dev.kbforge.compiler.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real KubeBlocks addons (test data beside the project, never copied into it) pass the definition
 * checks: each rendered addon, validated alone, gets no error from them. Warnings are printed, as
 * they document what upstream addons leave to other addons or to the user.
 */
class ReferenceAddonsConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyReferenceAddonPassesTheDefinitionChecks() throws IOException {
    Path addons = dev.kbforge.compiler.ReferenceData.addons();
    List<Path> files;
    try (Stream<Path> list = Files.list(addons)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) {
    List<Diagnostic> ours =
        new Pipeline()
            .validate(new ValidateRequest(List.of(file), false)).diagnostics().stream()
                .filter(d -> isDefinitionCheck(d.code()))
                .toList();
    ours.stream()
        .filter(d -> !d.isError())
        .forEach(
            d ->
                System.out.println(
                    "conformance warning: "
                        + file.getFileName()
                        + ":"
                        + d.line()
                        + ":"
                        + d.column()
                        + " "
                        + d.code()
                        + " "
                        + d.message()));
    assertEquals(List.of(), ours.stream().filter(Diagnostic::isError).toList());
  }

  /** KB1012 and the KB30xx-KB34xx definition rules. */
  private static boolean isDefinitionCheck(String code) {
    return code.equals("KB1012") || code.compareTo("KB3000") >= 0 && code.compareTo("KB3500") < 0;
  }
}
