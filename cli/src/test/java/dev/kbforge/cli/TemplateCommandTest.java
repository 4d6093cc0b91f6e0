package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  /**
   * KubeBlocks' functions work on the values as given: 2Gi is 2147483648 bytes, a quarter of it in
   * MiB is 512; a JSON number is a float64, so {@code %d} of it is Go's error form.
   */
  @Test
  void rendersAGoTemplateWithKubeBlocksFunctionsToStdout() throws Exception {
    Path template =
        file(
            "redis.conf",
            "{{- $mem := getContainerMemory (index .podSpec.containers 0) -}}\n"
                + "maxmemory {{ div $mem 4 | printf \"%d\" }}\n"
                + "port {{ .port }} {{ printf \"%d\" .port }}\n");
    Path values =
        file(
            "values.yaml",
            "podSpec:\n  containers:\n    - name: redis\n      resources:\n"
                + "        limits: {memory: 2Gi}\nport: 6379\n");
    Run run = Run.of("template", template.toString(), "--values", values.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("maxmemory 536870912\nport 6379 %!d(float64=6379)\n", run.out());
  }

  @Test
  void missingKeysPrintNoValueByDefaultAndFailWithMissingkeyError() throws Exception {
    Path template = file("a.conf", "x\ny = {{ .absent }}\n");
    Run lenient = Run.of("template", template.toString());
    assertEquals(0, lenient.status(), lenient.err());
    assertEquals("x\ny = <no value>\n", lenient.out());
    Run strict = Run.of("template", "--missingkey", "error", template.toString());
    assertEquals(1, strict.status());
    assertTrue(strict.err().contains("a.conf:2:8: error[KB5703]"), strict.err());
    assertEquals("", strict.out());
    assertFalse(strict.printedStackTrace(), strict.err());
  }

  @Test
  void aSyntaxErrorIsAtItsLineAndColumn() throws Exception {
    Path template = file("b.conf", "ok\n  {{ if }}\n");
    Run run = Run.of("template", template.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("b.conf:2:"), run.err());
    assertTrue(run.err().contains("error[KB5700]"), run.err());
  }

  @Test
  void nondeterministicFunctionsAreRefused() throws Exception {
    Path template = file("c.conf", "{{ now }}\n");
    Run run = Run.of("template", template.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("c.conf:1:4: error[KB5702]"), run.err());
  }

  @Test
  void aPebbleFileRendersWithPebble() throws Exception {
    Path template = file("d.conf.peb", "port {{ port + 1 }}\n");
    Path values = file("v.json", "{\"port\": 6379}");
    Run run = Run.of("template", template.toString(), "--values", values.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals("port 6380\n", run.out());
  }

  @Test
  void anUnknownModeIsAUsageError() throws Exception {
    Path template = file("e.conf", "x");
    Run run = Run.of("template", "--missingkey", "zero", template.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("valid: default, error"), run.err());
  }
}
