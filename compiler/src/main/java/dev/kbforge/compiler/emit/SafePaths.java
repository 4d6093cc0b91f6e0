package dev.kbforge.compiler.emit;

import java.nio.file.Path;
import java.util.Set;

/**
 * Checks that every path of a tree stays inside the folder it is written to. The tree is built by
 * kbforge, so a bad path is a bug: it fails with an IllegalArgumentException before the writer
 * touches the disk.
 */
final class SafePaths {
  private SafePaths() {}

  /** Fails on the first path that is absolute, climbs out, or is also used as a folder. */
  static void check(OutputTree tree) {
    Set<String> files = tree.files().keySet();
    for (String path : files) {
      checkPath(path);
      for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
        if (files.contains(path.substring(0, slash))) {
          throw new IllegalArgumentException("path is both a file and a folder: " + path);
        }
      }
    }
  }

  /** Fails when {@code path} is absolute, empty, climbs out or holds unsafe characters. */
  static void checkPath(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      throw bad(path, "empty or absolute");
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
        throw bad(path, "backslash, colon or control character");
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw bad(path, "empty, '.' or '..' segment");
      }
    }
  }

  /** Resolves {@code path} under {@code root}, re-checking that it stays under it. */
  static Path resolve(Path root, String path) {
    Path resolved = root.resolve(path).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw bad(path, "outside the output folder");
    }
    return resolved;
  }

  private static IllegalArgumentException bad(String path, String why) {
    return new IllegalArgumentException("unsafe output path '" + path + "': " + why);
  }
}
