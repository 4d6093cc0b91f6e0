package dev.kbforge.compiler.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.Diagnostic;
import dev.kbforge.compiler.api.RenderResult;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading attacks of issue 11 on a copy of the repo's redis addon: links out of the addon (to a
 * file, to a folder), a device, a FIFO, huge (sparse) files, invalid UTF-8, deep nesting, and the
 * output folder inside the input. Each ends in its diagnostic at the path (or line and column) that
 * carries it, and the secret the test puts beside the addon never reaches a tree, even the one held
 * in memory before the write. The template attacks (loops, doubling, recursion) are in {@code
 * TemplateLimitsTest} and, through the whole pipeline, here. The timeout is a hang guard.
 */
class SandboxTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path tmp;
  private SandboxAddon sandbox;

  @BeforeEach
  void stage() throws IOException {
    sandbox = new SandboxAddon(tmp);
  }

  private static <T> T guarded(Supplier<T> run) {
    return assertTimeoutPreemptively(HANG_GUARD, run::get);
  }

  private String at(String relative) {
    return sandbox.addon.resolve(relative).toString();
  }

  /** The errors, as code@file:line:col. */
  private static List<String> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .map(d -> d.code() + "@" + d.file() + ":" + d.line() + ":" + d.column())
        .toList();
  }

  /** Renders; the run must fail with exactly {@code expected} and leave no secret anywhere. */
  private void refused(String... expected) throws IOException {
    RenderResult result = guarded(() -> sandbox.render());
    assertEquals(List.of(expected), errors(result.diagnostics()));
    assertFalse(result.written());
    assertFalse(sandbox.treeHoldsSecret());
    assertFalse(guarded(sandbox::compiledTreeHoldsSecret));
    assertTrue(
        result.diagnostics().stream().noneMatch(d -> d.toString().contains(SandboxAddon.SECRET)));
  }

  @Test
  void theUntouchedAddonRenders() throws IOException {
    RenderResult result = guarded(() -> sandbox.render());
    assertEquals(List.of(), errors(result.diagnostics()));
    assertTrue(Files.isDirectory(sandbox.out));
  }

  @Test
  void aFileLinkedOutOfATemplateFolderIsNotRead() throws IOException {
    sandbox.link("templates/redis-scripts/leak.sh", sandbox.outside.resolve("secret.txt"));
    refused("KB1030@" + at("templates/redis-scripts/leak.sh") + ":0:0");
  }

  @Test
  void aTemplateFolderLinkedOutsideIsNotRead() throws IOException {
    Files.writeString(sandbox.outside.resolve("x.conf"), SandboxAddon.SECRET);
    sandbox.link("templates/etc", sandbox.outside);
    refused("KB1030@" + at("templates/etc") + ":0:0");
  }

  @Test
  void theTemplatesFolderItselfLinkedOutsideIsNotRead() throws IOException {
    Path moved = sandbox.outside.resolve("templates");
    Files.move(sandbox.addon.resolve("templates"), moved);
    Files.writeString(moved.resolve("redis-scripts/leak.sh"), SandboxAddon.SECRET);
    sandbox.link("templates", moved);
    RenderResult result = guarded(() -> sandbox.render());
    assertTrue(errors(result.diagnostics()).contains("KB1030@" + at("templates") + ":0:0"));
    assertFalse(guarded(sandbox::compiledTreeHoldsSecret));
  }

  @Test
  void aYamlFileOrFolderLinkedOutsideIsNotRead() throws IOException {
    sandbox.link("examples/leak.yaml", sandbox.outside.resolve("secret.yaml"));
    sandbox.link("more", sandbox.outside);
    refused("KB1030@" + at("examples/leak.yaml") + ":0:0", "KB1030@" + at("more") + ":0:0");
  }

  @Test
  void linksThatStayInsideAreFollowedAndLoopsEnd() throws IOException {
    sandbox.link("templates/redis-scripts/alias.sh", Path.of("redis-ping.sh"));
    sandbox.link("examples/again", Path.of(".."));
    RenderResult result = guarded(() -> sandbox.render());
    assertEquals(List.of(), errors(result.diagnostics()));
  }

  @Test
  void aDeviceGivenOrLinkedIsNeverOpened() throws IOException {
    assertEquals(
        List.of("KB1031@/dev/zero:0:0"),
        errors(guarded(() -> sandbox.validate(Path.of("/dev/zero")))));
    sandbox.link("examples/zero.yaml", Path.of("/dev/zero"));
    refused("KB1030@" + at("examples/zero.yaml") + ":0:0");
  }

  @Test
  void aFifoIsNeverOpened() throws Exception {
    Path fifo = sandbox.addon.resolve("examples/pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
    refused("KB1031@" + at("examples/pipe.yaml") + ":0:0");
  }

  @Test
  void hugeFilesAreNeverRead() throws IOException {
    sparse(sandbox.addon.resolve("examples/huge.yaml"));
    sparse(sandbox.addon.resolve("templates/redis-scripts/huge.sh"));
    refused(
        "KB1032@" + at("examples/huge.yaml") + ":0:0",
        "KB1032@" + at("templates/redis-scripts/huge.sh") + ":0:0");
  }

  /** A 17 MiB file that takes no disk space (a sparse file: one byte at its end). */
  private static void sparse(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(17L * 1024 * 1024);
    }
  }

  @Test
  void invalidUtf8IsReportedAtItsByteAndTheOtherFilesGoOn() throws IOException {
    byte[] text = "a: 1\nbé: x\u00ff".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(text, text.length + 2);
    bad[text.length] = (byte) 0xC3;
    bad[text.length + 1] = (byte) '(';
    Files.write(sandbox.addon.resolve("examples/bad.yaml"), bad);
    Files.writeString(sandbox.addon.resolve("examples/dup.yaml"), "a: 1\na: 2\n");
    List<String> errors = errors(guarded(() -> sandbox.validate()));
    assertTrue(errors.contains("KB1033@" + at("examples/bad.yaml") + ":2:7"), errors.toString());
    assertTrue(errors.contains("KB1003@" + at("examples/dup.yaml") + ":2:1"), errors.toString());
  }

  @Test
  void tenThousandLevelsOfNestingEndAtTheLimit() throws IOException {
    Files.writeString(sandbox.addon.resolve("examples/flow.yaml"), "a: " + "[".repeat(10_000));
    Files.writeString(sandbox.addon.resolve("examples/block.yaml"), "- ".repeat(10_000) + "x\n");
    Files.writeString(sandbox.addon.resolve("examples/maps.yaml"), "{a: ".repeat(10_000));
    List<String> errors = errors(guarded(() -> sandbox.validate()));
    // the collection that opens level 501 carries it: in flow.yaml the mapping is level 1, so it
    // is the 500th '[' (column 3 + 500)
    assertTrue(errors.contains("KB1034@" + at("examples/flow.yaml") + ":1:503"), errors.toString());
    assertTrue(
        errors.contains("KB1034@" + at("examples/block.yaml") + ":1:1001"), errors.toString());
    assertTrue(
        errors.contains("KB1034@" + at("examples/maps.yaml") + ":1:2001"), errors.toString());
  }

  @Test
  void aRunawayTemplateEndsAtItsLimitThroughThePipeline() throws IOException {
    Path conf = sandbox.addon.resolve("templates/redis-config/spin.peb");
    Files.writeString(
        conf,
        "# spins\n{% for i in range(0, 999999) %}{% for j in range(0, 999999) %}{% endfor %}"
            + "{% endfor %}\n");
    List<String> errors = errors(guarded(() -> sandbox.validate()));
    assertEquals(List.of("KB5360@" + conf + ":2:1"), errors.stream().distinct().toList());
  }

  @Test
  void theOutputFolderInsideTheInputIsNeverInput() throws IOException {
    Path out = sandbox.addon.resolve("gitops");
    for (int run = 0; run < 2; run++) {
      RenderResult result =
          guarded(
              () ->
                  dev.kbforge.compiler.api.Kbforge.create()
                      .render(
                          new dev.kbforge.compiler.api.RenderRequest(
                              List.of(sandbox.addon),
                              out,
                              dev.kbforge.compiler.api.RenderOptions.defaults(),
                              false)));
      assertEquals(List.of(), errors(result.diagnostics()), "run " + run);
    }
    // a tree kbforge wrote is never input, even under another name and without --out
    Files.move(out, sandbox.addon.resolve("old-tree"));
    assertEquals(List.of(), errors(guarded(() -> sandbox.validate())));
  }
}
