package dev.kbforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kb.jar as a process against the input of issue 11 that used to break it. */
class HardeningProcessIT {
  @TempDir Path tmp;

  /**
   * {@code kb render . --out gitops} inside an addon works again and again: its tree is no input.
   */
  @Test
  void renderingIntoAFolderInsideTheInputWorksTwice() throws IOException {
    Path addon = copy(Trees.root().resolve("addons/redis"), tmp.resolve("redis"));
    for (int run = 1; run <= 2; run++) {
      KbProcess kb = KbProcess.startIn(addon, "render", ".", "--out", "gitops");
      assertEquals(0, kb.waitFor(Duration.ofMinutes(2)), "run " + run + "\n" + kb);
      assertFalse(kb.toString().contains("error["), "run " + run + "\n" + kb);
      assertTrue(Files.isRegularFile(addon.resolve("gitops/kustomization.yaml")));
    }
  }

  /** A device as a path is refused without being opened: a diagnostic, exit 1, no stack trace. */
  @Test
  void validatingDevZeroIsADiagnostic() {
    KbProcess kb = KbProcess.start("validate", "/dev/zero");
    assertEquals(1, kb.waitFor(Duration.ofMinutes(2)), kb.toString());
    assertTrue(kb.out().contains("/dev/zero:0:0: error[KB1031]"), kb.toString());
    assertFalse(kb.toString().contains("\tat "), kb.toString());
    assertFalse(kb.toString().contains("OutOfMemoryError"), kb.toString());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(
          source -> {
            try {
              Path target = to.resolve(from.relativize(source).toString());
              if (Files.isDirectory(source)) {
                Files.createDirectories(target);
              } else {
                Files.copy(source, target);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return to;
  }
}
