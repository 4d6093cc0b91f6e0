package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.api.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A new tree being written into its staging folder next to the output folder ({@link TreeWriter}
 * opens it): files go straight to disk as they are made, from any thread, and {@link #commit} swaps
 * the folder in, or {@link #abort} deletes it and leaves the previous tree untouched. The marker
 * line is the first file written, so a leftover of a crash is recognisably ours ({@link
 * Leftovers}); the real root kustomization replaces it when the tree is complete.
 */
public final class StagedTree implements TreeSink {
  private final TreeWriter.Target target;
  private final OldTree old;
  private final Consumer<String> beforeEachFile;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();
  private volatile boolean rooted;
  private volatile boolean closed;

  StagedTree(TreeWriter.Target target, OldTree old, Consumer<String> beforeEachFile)
      throws IOException {
    this.target = target;
    this.old = old;
    this.beforeEachFile = beforeEachFile;
    Files.createDirectory(target.fresh());
    Files.write(
        target.fresh().resolve(TreeMarker.FILE),
        (TreeMarker.LINE + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW);
  }

  /**
   * Writes one file of the new tree (IllegalArgumentException for an unsafe path or one given
   * twice: a bug; OutputException when the disk fails).
   */
  @Override
  public void add(String path, byte[] content) {
    if (closed) {
      throw new IllegalStateException("staged tree already committed or aborted");
    }
    SafePaths.checkPath(path);
    if (!paths.add(path)) {
      throw new IllegalArgumentException("two files map to the same path: " + path);
    }
    boolean root = path.equals(TreeMarker.FILE);
    if (root && !TreeMarker.startsWithMarker(content)) {
      throw new IllegalArgumentException("tree has no kbforge root " + TreeMarker.FILE);
    }
    try {
      beforeEachFile.accept(path);
      Path dest = SafePaths.resolve(target.fresh(), path);
      Files.createDirectories(dest.getParent());
      // the root replaces the marker written first; every other file is new
      Files.write(
          dest,
          content,
          root ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.CREATE_NEW);
      Path previous = old == null ? null : old.regularFile(path);
      if (previous == null) {
        added.incrementAndGet();
      } else if (Arrays.equals(Files.readAllBytes(previous), content)) {
        Files.setLastModifiedTime(dest, Files.getLastModifiedTime(previous));
      } else {
        changed.incrementAndGet();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new OutputException("cannot write " + target.out() + ": " + e.getMessage(), e);
    }
    if (root) {
      rooted = true;
    }
  }

  /** Swaps the staged tree in place of the old one; returns what changed. */
  public WriteSummary commit() {
    if (!rooted) {
      throw new IllegalArgumentException("tree has no kbforge root " + TreeMarker.FILE);
    }
    closed = true;
    try {
      int removed = old == null ? 0 : old.countMissing(paths::contains);
      int total = paths.size();
      TreeWriter.swap(target, old != null);
      return new WriteSummary(
          added.get(), changed.get(), total - added.get() - changed.get(), removed);
    } catch (IOException | UncheckedIOException e) {
      Dirs.deleteQuietly(target.fresh(), e);
      throw new OutputException("cannot write " + target.out() + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the staged tree; the previous tree stays as it was. */
  public void abort() {
    closed = true;
    try {
      Dirs.deleteTree(target.fresh());
    } catch (IOException e) {
      throw new OutputException("cannot delete " + target.fresh() + ": " + e.getMessage(), e);
    }
  }
}
