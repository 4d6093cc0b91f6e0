package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes an {@link OutputTree} to an output folder, replacing the previous tree atomically.
 *
 * <p>Strategy: the whole new tree is written to a sibling folder {@code .<out>.tmp-new} (as its
 * files are made, see {@link StagedTree}, so a big tree is never held in memory), then two renames
 * swap it in ({@code out -> .<out>.tmp-old}, {@code .<out>.tmp-new -> out}) and the old tree is
 * deleted. Chosen over updating files in place because a failure at any point (disk full, a killed
 * process) then leaves either the previous tree or the new one, never a mix of both; the next run
 * repairs the leftovers ({@link Leftovers}). Files whose bytes did not change get the old file's
 * modification time, so for every tool that looks at content or mtime (git, make, rsync, editors)
 * they were not rewritten. Costs: the folder itself is replaced, so it cannot be a mount point, and
 * files kbforge did not write inside it do not survive a render; hence the refusal to replace a
 * non-empty folder without the kbforge marker, or one holding {@code .git}.
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

  /** Where a tree goes: the output folder and its two sibling folders of the swap. */
  record Target(Path out, Path target, Path fresh, Path backup) {}

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
    StagedTree staged = open(out);
    try {
      tree.files().forEach(staged::add);
    } catch (RuntimeException e) {
      try {
        staged.abort();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    return staged.commit();
  }

  /**
   * Starts replacing {@code out}: checks that it may be replaced, repairs the leftovers of an
   * interrupted render, and creates the staging folder the new files go to as they are made ({@link
   * StagedTree#add}); nothing visible changes until {@link StagedTree#commit}. Throws {@link
   * OutputException} when {@code out} cannot be used.
   */
  public StagedTree open(Path out) {
    try {
      Path target = target(out);
      String name = target.getFileName().toString();
      Target where =
          new Target(
              out,
              target,
              target.resolveSibling("." + name + ".tmp-new"),
              target.resolveSibling("." + name + ".tmp-old"));
      Leftovers.repair(target, where.fresh(), where.backup());
      boolean replacing = checkTarget(target);
      Files.createDirectories(target.getParent());
      return new StagedTree(where, replacing ? new OldTree(target) : null, beforeEachFile);
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

  /** The two renames that put the staged tree in place, then the old tree's deletion. */
  static void swap(Target where, boolean replacing) throws IOException {
    Path target = where.target();
    Path fresh = where.fresh();
    Path backup = where.backup();
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
