package dev.kbforge.compiler.emit;

/**
 * Where the files of a render go as they are made: the in-memory {@link OutputTree} (validate,
 * tests, benchmarks) or a {@link StagedTree} folder on disk ({@code kb render}, so a big render
 * never holds the whole tree). Implementations are safe for concurrent use: {@link
 * GitOpsLayout.Builder} serialises clusters on several threads.
 */
public interface TreeSink {
  /** Adds the file at {@code path} (relative, forward slashes); each path is given once. */
  void add(String path, byte[] content);
}
