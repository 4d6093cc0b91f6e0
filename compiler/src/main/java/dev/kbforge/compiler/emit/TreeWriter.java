package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an {@link OutputTree} to an output folder, replacing the previous tree atomically.
 *
 * <p>Strategy: the whole new tree is written to a sibling folder {@code .<out>.tmp-new}, then two
 * renames swap it in ({@code out -> .<out>.tmp-old}, {@code .<out>.tmp-new -> out}) and the old
 * tree is deleted. Chosen over updating files in place because a failure at any point (disk full, a
 * killed process) then leaves either the previous tree or the new one, never a mix of both; the
 * next run repairs the leftovers ({@link Leftovers}). Files whose bytes did not change get the old
 * file's modification time, so for every tool that looks at content or mtime (git, make, rsync,
 * editors) they were not rewritten. Costs: the folder itself is replaced, so it cannot be a mount
 * point, and files kbforge did not write inside it do not survive a render; hence the refusal to
 * replace a non-empty folder without the kbforge marker, or one holding {@code .git}.
 *
 * <p>Safety: paths are checked before anything is touched ({@link SafePaths}); the new tree goes
 * into a folder this writer has just created, so no symbolic link can redirect a write; old files
 * are only read (never through a link leading outside {@code out}); deletion never follows links.
 * Durability against power loss (fsync) is not attempted. Two renders into the same folder at the
 * same time are not supported.
 */
public final class TreeWriter {
  private final Consumer<String> beforeEachFile;

  public TreeWriter() {
    this(path -> {});
  }

  /** For tests: {@code beforeEachFile} runs before each file is staged and may throw. */
  TreeWriter(Consumer<String> beforeEachFile) {
    this.beforeEachFile = beforeEachFile;
  }

  /**
   * Replaces {@code out} with {@code tree}. Throws {@link OutputException} when {@code out} cannot
   * be used or the disk fails (the previous tree is then intact), IllegalArgumentException when the
   * tree itself is malformed (a bug: nothing is touched).
   */
  public WriteSummary write(OutputTree tree, Path out) {
    SafePaths.check(tree);
    if (!TreeMarker.isMarked(tree)) {
      throw new IllegalArgumentException("tree has no kbforge root " + TreeMarker.FILE);
    }
    try {
      Path target = target(out);
      String name = target.getFileName().toString();
      Path fresh = target.resolveSibling("." + name + ".tmp-new");
      Path backup = target.resolveSibling("." + name + ".tmp-old");
      Leftovers.repair(target, fresh, backup);
      boolean replacing = checkTarget(target);
      Files.createDirectories(target.getParent());
      WriteSummary summary = stage(tree, replacing ? new OldTree(target) : null, fresh);
      swap(target, fresh, backup, replacing);
      return summary;
    } catch (IOException | UncheckedIOException e) {
      throw new OutputException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  private static Path target(Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(target)) {
      target = target.toRealPath(); // the user named the link; write where it leads
    }
    if (target.getParent() == null) {
      throw new OutputException("cannot use the filesystem root as output folder: " + out);
    }
    return target;
  }

  /** True when an old tree is to be replaced; refuses anything that is not ours to replace. */
  private static boolean checkTarget(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException("output path " + target + " exists and is not a folder");
    }
    if (Files.exists(target.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputException(
          "refusing to replace " + target + ": it is a git repository root; use a subfolder");
    }
    if (!Dirs.isEmpty(target) && !TreeMarker.isMarked(target)) {
      throw new OutputException(
          "refusing to replace "
              + target
              + ": it is not empty and was not written by kbforge; use an empty or new folder");
    }
    return true;
  }

  /** Writes the whole tree into {@code fresh}; on any failure deletes it again. */
  private WriteSummary stage(OutputTree tree, OldTree old, Path fresh) throws IOException {
    Files.createDirectory(fresh);
    try {
      int added = 0;
      int changed = 0;
      // The marker file first: a leftover of a crash is then recognisably ours (Leftovers).
      List<String> order = new ArrayList<>(tree.files().keySet());
      order.remove(TreeMarker.FILE);
      order.add(0, TreeMarker.FILE);
      for (String path : order) {
        byte[] bytes = tree.files().get(path);
        beforeEachFile.accept(path);
        Path dest = SafePaths.resolve(fresh, path);
        Files.createDirectories(dest.getParent());
        Files.write(dest, bytes, StandardOpenOption.CREATE_NEW);
        Path previous = old == null ? null : old.regularFile(path);
        if (previous == null) {
          added++;
        } else if (Arrays.equals(Files.readAllBytes(previous), bytes)) {
          Files.setLastModifiedTime(dest, Files.getLastModifiedTime(previous));
        } else {
          changed++;
        }
      }
      int removed = old == null ? 0 : old.countMissing(tree);
      return new WriteSummary(added, changed, tree.size() - added - changed, removed);
    } catch (IOException | RuntimeException e) {
      Dirs.deleteQuietly(fresh, e);
      throw e;
    }
  }

  private static void swap(Path target, Path fresh, Path backup, boolean replacing)
      throws IOException {
    if (!replacing) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException restore) {
        e.addSuppressed(restore); // Leftovers.repair restores it on the next run
      }
      Dirs.deleteQuietly(fresh, e);
      throw e;
    }
    Dirs.deleteTree(backup);
  }
}
