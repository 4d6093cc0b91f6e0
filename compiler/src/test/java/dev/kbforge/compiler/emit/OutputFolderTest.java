package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files streamed into the staging folder reach the output folder only through commit. */
class OutputFolderTest {
  private static final byte[] ROOT =
      (TreeMarker.LINE + "\nresources: []\n").getBytes(StandardCharsets.UTF_8);

  @TempDir Path parent;

  private Path out() {
    return parent.resolve("out");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> parentEntries() throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void writeFirstTree() {
    new TreeWriter()
        .write(new OutputTree().put(TreeMarker.FILE, ROOT).put("a/x.yaml", "x: 1\n"), out());
  }

  @Test
  void commitSwapsTheStreamedFilesIn() {
    writeFirstTree();
    WriteSummary summary;
    try (OutputFolder folder = new OutputFolder(new TreeWriter(), out())) {
      folder.add("a/x.yaml", bytes("x: 1\n"));
      folder.add("b/y.yaml", bytes("y: 1\n"));
      folder.add(TreeMarker.FILE, ROOT);
      summary = folder.commit();
    }
    assertEquals(new WriteSummary(1, 0, 2, 0), summary);
    assertEquals(
        Map.of(
            TreeMarker.FILE,
            new String(ROOT, StandardCharsets.UTF_8),
            "a/x.yaml",
            "x: 1\n",
            "b/y.yaml",
            "y: 1\n"),
        snapshot(out()));
  }

  @Test
  void closingWithoutCommitLeavesThePreviousTreeAndNoStagingFolder() throws IOException {
    writeFirstTree();
    Map<String, String> before = snapshot(out());
    try (OutputFolder folder = new OutputFolder(new TreeWriter(), out())) {
      folder.add("a/x.yaml", bytes("x: 2\n"));
      folder.add(TreeMarker.FILE, ROOT);
    }
    assertEquals(before, snapshot(out()));
    assertEquals(List.of("out"), parentEntries());
  }

  @Test
  void aFolderThatIsNotOursFailsOnlyAtCommit() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("notes.txt"), "mine\n");
    try (OutputFolder folder = new OutputFolder(new TreeWriter(), out())) {
      folder.add("a/x.yaml", bytes("x: 1\n")); // a render with input errors never commits
      folder.add(TreeMarker.FILE, ROOT);
      assertThrows(OutputException.class, folder::commit);
    }
    assertEquals(Map.of("notes.txt", "mine\n"), snapshot(out()));
    assertEquals(List.of("out"), parentEntries());
  }

  @Test
  void aStagedTreeRefusesARootWithoutTheMarkerAPathTwiceAndAnUnsafePath() {
    StagedTree staged = new TreeWriter().open(out());
    try {
      assertThrows(
          IllegalArgumentException.class,
          () -> staged.add(TreeMarker.FILE, bytes("resources: []\n")));
      staged.add("a/x.yaml", bytes("x: 1\n"));
      assertThrows(IllegalArgumentException.class, () -> staged.add("a/x.yaml", bytes("x: 1\n")));
      assertThrows(IllegalArgumentException.class, () -> staged.add("../x.yaml", bytes("x: 1\n")));
      assertThrows(IllegalArgumentException.class, staged::commit); // no root yet
    } finally {
      staged.abort();
    }
    assertFalse(Files.exists(out()));
  }
}
