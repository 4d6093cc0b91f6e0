package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.format.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private static final String CLUSTER_DEFINITION =
      """
      apiVersion: apps.kubeblocks.io/v1
      kind: ClusterDefinition
      metadata:
        name: demo
      """;

  /** A KubeBlocks kind kbforge does not check: a warning (KB1007). */
  private static final String OPS_REQUEST =
      """
      apiVersion: operations.kubeblocks.io/v1alpha1
      kind: OpsRequest
      metadata:
        name: restart
      """;

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void cleanInputExitsZero() throws IOException {
    Run run = Run.of("validate", write("cd.yaml", CLUSTER_DEFINITION));
    assertEquals(0, run.status(), run.err());
    assertEquals("", run.err());
  }

  @Test
  void badYamlIsReportedAsADiagnosticWithExitOne() throws IOException {
    Run run = Run.of("validate", write("bad.yaml", "a: [1, 2\nb: {\n"));
    assertEquals(1, run.status(), run.err());
    assertTrue(run.out().contains("error[KB1002]"), run.out());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void warningsPassUnlessStrict() throws IOException {
    String file = write("ops.yaml", OPS_REQUEST);
    Run lenient = Run.of("validate", file);
    assertEquals(0, lenient.status(), lenient.out());
    assertTrue(lenient.out().contains("warning[KB1007]"), lenient.out());
    Run strict = Run.of("validate", "--strict", file);
    assertEquals(1, strict.status(), strict.out());
    assertTrue(strict.out().contains("error[KB1007]"), strict.out());
  }

  @Test
  void missingPathIsOneLineAndExitTwo() {
    String missing = dir.resolve("nope.yaml").toString();
    Run run = Run.of("validate", missing);
    assertEquals(2, run.status());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("kb: ") && run.err().contains(missing), run.err());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheValidOnes() throws IOException {
    Run run = Run.of("validate", "--format", "xml", write("cd.yaml", CLUSTER_DEFINITION));
    assertEquals(2, run.status());
    assertEquals("", run.out());
    for (String label : OutputFormat.labels()) {
      assertTrue(run.err().contains(label), run.err());
    }
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void unknownOptionIsAUsageError() throws IOException {
    Run run = Run.of("validate", "--frobnicate", write("cd.yaml", CLUSTER_DEFINITION));
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--frobnicate"), run.err());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void missingPathArgumentIsAUsageError() {
    Run run = Run.of("validate");
    assertEquals(2, run.status());
    assertFalse(run.printedStackTrace(), run.err());
  }

  @Test
  void everyFormatIsAcceptedInAnyCase() throws IOException {
    String file = write("ops.yaml", OPS_REQUEST);
    for (OutputFormat format : OutputFormat.values()) {
      Run run = Run.of("validate", "--format", format.name(), file);
      assertEquals(0, run.status(), format + ": " + run.err());
      assertTrue(run.out().contains("KB1007"), format + ": " + run.out());
    }
    assertTrue(Run.of("validate", "--format=json", file).out().startsWith("{"));
  }

  @Test
  void helpDescribesFormatsAndExitStatus() {
    Run run = Run.of("validate", "--help");
    assertEquals(0, run.status());
    for (String word : new String[] {"--format", "--strict", "PATH", "sarif", "Exit status"}) {
      assertTrue(run.out().contains(word), run.out());
    }
  }
}
