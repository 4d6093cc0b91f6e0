package dev.kbforge.compiler.emit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Read-only looks into the tree a render is about to replace. */
final class OldTree {
  private final Path root;
  private final Path realRoot;

  OldTree(Path root) throws IOException {
    this.root = root;
    this.realRoot = root.toRealPath();
  }

  /**
   * The old file at {@code path}, or null when there is none or when reaching it would leave the
   * old tree through a symbolic link: kbforge never writes links, so one is not ours to read.
   */
  Path regularFile(String path) throws IOException {
    Path file = SafePaths.resolve(root, path);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return file.toRealPath().startsWith(realRoot) ? file : null;
  }

  /** How many regular files of the old tree the new tree (its paths: {@code inNew}) lacks. */
  int countMissing(Predicate<String> inNew) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return (int)
          files
              .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .filter(inNew.negate())
              .count();
    }
  }
}
