package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrdsCommandTest {
  @TempDir Path parent;

  @Test
  void writesOneFilePerKindAndAKustomization() throws Exception {
    Path out = parent.resolve("crds");
    Run run = Run.of("crds", "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.isRegularFile(out.resolve("clusters.apps.kubeblocks.io.yaml")));
    assertTrue(Files.isRegularFile(out.resolve("instancesets.workloads.kubeblocks.io.yaml")));
    assertTrue(
        Files.readString(out.resolve("kustomization.yaml"))
            .contains("- componentdefinitions.apps.kubeblocks.io.yaml\n"));
    try (var files = Files.list(out)) {
      assertEquals(7, files.count());
    }
    assertTrue(run.out().contains("7 added"), run.out());
    Run again = Run.of("crds", "--out", out.toString());
    assertEquals(0, again.status(), again.err());
    assertTrue(again.out().contains("7 unchanged"), again.out());
  }

  @Test
  void withoutOutItIsAUsageError() {
    Run run = Run.of("crds");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--out"), run.err());
  }

  @Test
  void anOutputFolderThatCannotBeUsedIsOneLineAndStatusTwo() throws Exception {
    Path file = Files.writeString(parent.resolve("a-file"), "x");
    Run run = Run.of("crds", "--out", file.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("kb: "), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.printedStackTrace(), run.err());
  }
}
