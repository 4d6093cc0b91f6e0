package dev.kbforge.compiler.emit;

import static dev.kbforge.compiler.emit.Fixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crashed render left behind is repaired by the next one. */
class TreeWriterRecoveryTest {
  @TempDir Path parent;

  private static final OutputTree TREE =
      new OutputTree()
          .put(TreeMarker.FILE, TreeMarker.LINE + "\nresources: []\n")
          .put("db/redis/a.yaml", "a: 2\n");

  private Path out() {
    return parent.resolve("out");
  }

  private Path fresh() {
    return parent.resolve(".out.tmp-new");
  }

  private Path backup() {
    return parent.resolve(".out.tmp-old");
  }

  private static void writeOldTree(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("db/redis"));
    Files.writeString(dir.resolve(TreeMarker.FILE), TreeMarker.LINE + "\n");
    Files.writeString(dir.resolve("db/redis/a.yaml"), "a: 1\n");
  }

  private List<String> parentEntries() throws IOException {
    try (Stream<Path> entries = Files.list(parent)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aPartialNewTreeIsDeleted() throws IOException {
    writeOldTree(out());
    Files.createDirectories(fresh().resolve("db"));
    Files.writeString(fresh().resolve(TreeMarker.FILE), TreeMarker.LINE + "\n");
    new TreeWriter().write(TREE, out());
    assertEquals(List.of("out"), parentEntries());
    assertEquals("a: 2\n", snapshot(out()).get("db/redis/a.yaml"));
  }

  @Test
  void aBackupWithoutOutputIsRestoredThenReplaced() throws IOException {
    writeOldTree(backup());
    Files.createDirectory(fresh());
    new TreeWriter(
            path -> {
              // the old tree is back in place before the new one is staged
              assertTrue(Files.exists(out().resolve("db/redis/a.yaml")));
            })
        .write(TREE, out());
    assertEquals(List.of("out"), parentEntries());
    assertEquals(
        Map.of(TreeMarker.FILE, TreeMarker.LINE + "\nresources: []\n", "db/redis/a.yaml", "a: 2\n"),
        snapshot(out()));
  }

  @Test
  void aBackupNextToANewTreeIsDeleted() throws IOException {
    writeOldTree(out());
    writeOldTree(backup());
    new TreeWriter().write(TREE, out());
    assertEquals(List.of("out"), parentEntries());
  }

  @Test
  void aForeignFolderWithTheLeftoverNameIsNeverDeleted() throws IOException {
    writeOldTree(out());
    Files.createDirectory(backup());
    Files.writeString(backup().resolve("notes.txt"), "mine\n");
    assertThrows(OutputException.class, () -> new TreeWriter().write(TREE, out()));
    assertEquals(Map.of("notes.txt", "mine\n"), snapshot(backup()));
    assertEquals("a: 1\n", snapshot(out()).get("db/redis/a.yaml"));
  }
}
