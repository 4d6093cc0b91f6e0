package dev.kbforge.compiler.emit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** Small folder operations for {@link TreeWriter}; none of them follows symbolic links. */
final class Dirs {
  private Dirs() {}

  /**
   * Deletes {@code dir} and everything in it. Symbolic links are deleted as links: the walk does
   * not follow them, so nothing outside {@code dir} is ever deleted.
   */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Deletes {@code dir} if it exists, without letting a failure hide the original one. */
  static void deleteQuietly(Path dir, Throwable original) {
    try {
      deleteTree(dir);
    } catch (IOException | RuntimeException e) {
      original.addSuppressed(e);
    }
  }

  static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
