package dev.kbforge.compiler.pipeline;

import dev.kbforge.compiler.api.InputException;
import dev.kbforge.compiler.diag.Code;
import dev.kbforge.compiler.source.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps phase 0 inside one folder (a path given on the command line, or an addon's folder): a
 * symbolic link that leads outside it is a diagnostic (KB1030) at the link, naming where it leads,
 * and nothing is read through it. A pull request can otherwise link {@code templates/x/key} to a CI
 * runner's {@code ~/.ssh/id_rsa} and have it rendered into a ConfigMap. Links that stay inside are
 * followed; each folder is walked once, so a link to a parent folder cannot loop.
 */
final class ContainedPaths {
  private final Path root;
  private final Path realRoot;
  private final Consumer<ReadProblem> problems;

  /**
   * @param root the folder, as the user gave it (itself possibly a link: the user named it)
   */
  ContainedPaths(Path root, Consumer<ReadProblem> problems) {
    this.root = root;
    this.problems = problems;
    try {
      this.realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new InputException("cannot read " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where {@code path} (below the root) really is; empty, with KB1030 reported, when a link on the
   * way leads outside the root, and empty without a report for a dangling link.
   */
  Optional<Path> follow(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      return Optional.empty(); // a dangling link names nothing to read
    }
    if (!real.startsWith(realRoot)) {
      problems.accept(
          new ReadProblem(
              InputCollector.display(path),
              Code.KB1030,
              Position.UNKNOWN,
              "symbolic link leads outside " + InputCollector.display(root) + " (to " + real + ")",
              "copy the file into the folder; kbforge reads nothing outside it"));
      return Optional.empty();
    }
    return Optional.of(real);
  }

  /**
   * The files below the root that {@code wanted} accepts, reached without leaving the root, each
   * real file once, in no particular order; folders that {@code skip} accepts are not entered.
   */
  List<Path> walk(Predicate<Path> skip, Predicate<Path> wanted) {
    List<Path> files = new ArrayList<>();
    Set<Path> seenFolders = new HashSet<>(Set.of(realRoot));
    Set<Path> seenFiles = new HashSet<>();
    Deque<Path> folders = new ArrayDeque<>(List.of(root));
    while (!folders.isEmpty()) {
      for (Path entry : list(folders.pop())) {
        boolean folder = Files.isDirectory(entry); // through a link too
        if (folder ? skip.test(entry) : !wanted.test(entry)) {
          continue;
        }
        Optional<Path> real = isLink(entry) ? follow(entry) : Optional.of(realOf(entry));
        if (real.isEmpty()) {
          continue;
        }
        if (folder) {
          if (seenFolders.add(real.get())) {
            folders.push(entry);
          }
        } else if (seenFiles.add(real.get())) {
          files.add(entry);
        }
      }
    }
    return files;
  }

  static boolean isLink(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isSymbolicLink();
    } catch (IOException e) {
      return false;
    }
  }

  private static Path realOf(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** A folder's entries, sorted by name. */
  static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot read directory " + dir + ": " + e.getMessage(), e);
    }
  }
}
