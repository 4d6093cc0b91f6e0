package dev.kbforge.compiler.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a render, in memory: relative path (forward slashes) to bytes, sorted by path. Pure
 * data: building it never touches the disk, so a render that fails on the way leaves nothing
 * behind. {@link TreeWriter} validates the paths before writing anything.
 */
public final class OutputTree implements TreeSink {
  private final TreeMap<String, byte[]> files = new TreeMap<>();

  /**
   * Adds a file; a path may be given once only (two objects mapped to one file is a bug). Safe to
   * call from several threads (the order of the calls does not change the tree).
   */
  public synchronized OutputTree put(String path, byte[] content) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (files.putIfAbsent(path, content.clone()) != null) {
      throw new IllegalArgumentException("two files map to the same path: " + path);
    }
    return this;
  }

  /** As {@link #put(String, byte[])}, for {@link TreeSink} users. */
  @Override
  public void add(String path, byte[] content) {
    put(path, content);
  }

  /** Adds a UTF-8 text file. */
  public OutputTree put(String path, String text) {
    return put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds every file of {@code other} under {@code prefix} (no trailing slash; empty for none). */
  public OutputTree putAll(String prefix, OutputTree other) {
    String lead = prefix.isEmpty() ? "" : prefix + "/";
    other.files.forEach((path, bytes) -> put(lead + path, bytes));
    return this;
  }

  public boolean contains(String path) {
    return files.containsKey(path);
  }

  /** A copy of the file's bytes, or null when absent. */
  public byte[] get(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : bytes.clone();
  }

  /** The file as UTF-8 text, or null when absent. */
  public String text(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  public int size() {
    return files.size();
  }

  /** The files in path order; the byte arrays are the tree's own, do not modify them. */
  public SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(files);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OutputTree tree) || tree.files.size() != files.size()) {
      return false;
    }
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      if (!Arrays.equals(entry.getValue(), tree.files.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      hash += entry.getKey().hashCode() ^ Arrays.hashCode(entry.getValue());
    }
    return hash;
  }

  @Override
  public String toString() {
    return "OutputTree" + files.keySet();
  }
}
