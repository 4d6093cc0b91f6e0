package dev.kbforge.compiler.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One file-template folder of an addon ({@code addons/<engine>/templates/<name>/}), read in the
 * load phase so that rendering does no I/O.
 *
 * @param path the folder as diagnostics show it, e.g. {@code addons/redis/templates/redis-config}
 * @param files file name (relative to the folder) to text, LF line endings, sorted by name
 */
public record TemplateFolder(String path, SortedMap<String, String> files) {
  public TemplateFolder {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The folder's name: the {@code template:} reference it answers. */
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
