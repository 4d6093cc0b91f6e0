package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWriterTest {
  private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

  @TempDir Path parent;

  private Path out() {
    return parent.resolve("out");
  }

  /** A marked tree with the given files besides the root kustomization. */
  private static OutputTree tree(Map<String, String> files) {
    OutputTree tree = new OutputTree().put(TreeMarker.FILE, TreeMarker.LINE + "\nresources: []\n");
    files.forEach(tree::put);
    return tree;
  }

  private static final OutputTree FIRST =
      tree(
          Map.of(
              "db/redis/a.yaml",
              "a: 1\n",
              "db/redis/b.yaml",
              "b: 1\n",
              "db/redis/c.yaml",
              "c: 1\n"));
  private static final OutputTree SECOND =
      tree(
          Map.of(
              "db/redis/a.yaml",
              "a: 1\n",
              "db/redis/b.yaml",
              "b: 2\n",
              "db/other/d.yaml",
              "d: 1\n"));

  private List<String> parentEntries() throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void createsTheOutputFolderAndItsParents() {
    Path nested = parent.resolve("x/y/out");
    WriteSummary summary = new TreeWriter().write(FIRST, nested);
    assertEquals(4, snapshot(nested).size());
    assertEquals("b: 1\n", snapshot(nested).get("db/redis/b.yaml"));
    assertEquals(new WriteSummary(4, 0, 0, 0), summary);
  }

  @Test
  void replacesTheTreeKeepingTheTimeOfUnchangedFiles() throws IOException {
    new TreeWriter().write(FIRST, out());
    for (String file : List.of("db/redis/a.yaml", "db/redis/b.yaml")) {
      Files.setLastModifiedTime(out().resolve(file), LONG_AGO);
    }
    WriteSummary summary = new TreeWriter().write(SECOND, out());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("db/redis/a.yaml")));
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("db/redis/b.yaml")));
    assertFalse(Files.exists(out().resolve("db/redis/c.yaml")));
    assertEquals(
        Map.of(
            "kustomization.yaml",
            TreeMarker.LINE + "\nresources: []\n",
            "db/redis/a.yaml",
            "a: 1\n",
            "db/redis/b.yaml",
            "b: 2\n",
            "db/other/d.yaml",
            "d: 1\n"),
        snapshot(out()));
    assertEquals(new WriteSummary(1, 1, 2, 1), summary);
    assertEquals(List.of("out"), parentEntries());
  }

  @Test
  void writingTheSameTreeAgainChangesNothing() throws IOException {
    new TreeWriter().write(FIRST, out());
    Files.setLastModifiedTime(out().resolve("db/redis/c.yaml"), LONG_AGO);
    assertTrue(new TreeWriter().write(FIRST, out()).isUnchanged());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("db/redis/c.yaml")));
  }

  @Test
  void anInvalidPathFailsBeforeAnythingIsTouched() throws IOException {
    new TreeWriter().write(FIRST, out());
    Map<String, String> before = snapshot(out());
    for (String bad :
        List.of(
            "../evil.yaml",
            "/etc/evil.yaml",
            "a/../../evil.yaml",
            "a//b.yaml",
            "./a.yaml",
            "a\\b.yaml",
            "db/redis/a.yaml/x")) {
      OutputTree tree = tree(Map.of("db/redis/a.yaml", "changed\n", bad, "x\n"));
      assertThrows(IllegalArgumentException.class, () -> new TreeWriter().write(tree, out()), bad);
      assertEquals(before, snapshot(out()), bad);
      assertEquals(List.of("out"), parentEntries(), bad);
    }
  }

  @Test
  void aTreeWithoutTheMarkerIsABug() {
    OutputTree unmarked = new OutputTree().put("a.yaml", "a: 1\n");
    assertThrows(IllegalArgumentException.class, () -> new TreeWriter().write(unmarked, out()));
    assertFalse(Files.exists(out()));
  }

  @Test
  void aFailureWhileWritingLeavesThePreviousTreeByteForByte() throws IOException {
    new TreeWriter().write(FIRST, out());
    Map<String, String> before = snapshot(out());
    TreeWriter failing =
        new TreeWriter(
            path -> {
              if (path.equals("db/redis/b.yaml")) {
                throw new UncheckedIOException(new IOException("disk full"));
              }
            });
    assertThrows(OutputException.class, () -> failing.write(SECOND, out()));
    assertEquals(before, snapshot(out()));
    assertEquals(List.of("out"), parentEntries());
  }

  @Test
  void anOutputPathThatIsAFileIsAnError() throws IOException {
    Files.writeString(out(), "not a folder");
    OutputException e =
        assertThrows(OutputException.class, () -> new TreeWriter().write(FIRST, out()));
    assertFalse(e.getMessage().contains("\n"));
    assertEquals("not a folder", Files.readString(out()));
  }

  @Test
  void refusesToReplaceAFolderKbforgeDidNotWrite() throws IOException {
    Path repo = parent.resolve("repo");
    Files.createDirectories(repo.resolve("src"));
    Files.writeString(repo.resolve("README.md"), "hello\n");
    Files.writeString(repo.resolve("kustomization.yaml"), "resources: []\n"); // not ours: no marker
    Map<String, String> before = snapshot(repo);
    OutputException e =
        assertThrows(OutputException.class, () -> new TreeWriter().write(FIRST, repo));
    assertFalse(e.getMessage().contains("\n"));
    assertEquals(before, snapshot(repo));
    assertEquals(List.of("repo"), parentEntries());
  }

  @Test
  void refusesAGitRepositoryRootEvenWhenMarked() throws IOException {
    new TreeWriter().write(FIRST, out());
    Files.createDirectory(out().resolve(".git"));
    assertThrows(OutputException.class, () -> new TreeWriter().write(SECOND, out()));
    assertTrue(Files.isDirectory(out().resolve(".git")));
  }

  @Test
  void writesIntoAnEmptyExistingFolder() throws IOException {
    Files.createDirectory(out());
    new TreeWriter().write(FIRST, out());
    assertEquals(4, snapshot(out()).size());
  }

  @Test
  void neverReadsOrDeletesThroughALinkOutOfTheTree() throws IOException {
    Path outside = Files.createDirectories(parent.resolve("outside/redis"));
    Files.writeString(outside.resolve("a.yaml"), "a: 1\n");
    Files.setLastModifiedTime(outside.resolve("a.yaml"), LONG_AGO);
    new TreeWriter().write(tree(Map.of("x.yaml", "x\n")), out());
    Files.createSymbolicLink(out().resolve("db"), parent.resolve("outside"));
    WriteSummary summary = new TreeWriter().write(FIRST, out());
    assertEquals(Map.of("redis/a.yaml", "a: 1\n"), snapshot(parent.resolve("outside")));
    assertEquals(LONG_AGO, Files.getLastModifiedTime(outside.resolve("a.yaml")));
    assertFalse(Files.isSymbolicLink(out().resolve("db")));
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(out().resolve("db/redis/a.yaml")));
    assertEquals(3, summary.added());
  }
}
