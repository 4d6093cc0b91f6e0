package dev.kbforge.compiler.emit;

import dev.kbforge.compiler.api.OutputException;
import java.nio.file.Path;

/**
 * The output folder of {@code kb render} as a {@link TreeSink}: files stream into a {@link
 * StagedTree} while the clusters compile, and the tree is swapped in only by {@link #commit}, which
 * the render calls when there are no errors; {@link #close} otherwise deletes the staged files. The
 * staging folder is opened at the first file, not before, and a folder that cannot be used (not
 * ours to replace, not writable) is only reported by {@link #commit}: a render with input errors
 * reports those errors, as if nothing had been written, whatever the output folder is.
 */
public final class OutputFolder implements TreeSink, AutoCloseable {
  private final TreeWriter writer;
  private final Path out;
  private StagedTree staged;
  private OutputException unusable;
  private boolean committed;

  public OutputFolder(TreeWriter writer, Path out) {
    this.writer = writer;
    this.out = out;
  }

  @Override
  public void add(String path, byte[] content) {
    StagedTree tree = staged();
    if (tree != null) {
      tree.add(path, content);
    }
  }

  /** Swaps the new tree in; throws the OutputException met when the folder could not be used. */
  public WriteSummary commit() {
    StagedTree tree = staged();
    if (unusable != null) {
      throw unusable;
    }
    committed = true;
    return tree.commit();
  }

  /** Deletes the staged files unless committed; the previous tree stays as it was. */
  @Override
  public void close() {
    if (!committed && staged != null) {
      staged.abort();
    }
  }

  /** The staged tree, opened on first use; null when the folder cannot be used. */
  private synchronized StagedTree staged() {
    if (staged == null && unusable == null) {
      try {
        staged = writer.open(out);
      } catch (OutputException e) {
        unusable = e;
      }
    }
    return staged;
  }
}
