package dev.kbforge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Scratch checkouts for the ./kb launcher tests: the real script, and stand-in programs. */
final class LauncherScripts {
  private LauncherScripts() {}

  /** Copies the project's ./kb into {@code root}, executable. */
  static void copyLauncher(Path root) throws IOException {
    Files.copy(Trees.root().resolve("kb"), root.resolve("kb"));
    executable(root.resolve("kb"));
  }

  /** An executable shell script {@code root/name} running {@code body}. */
  static Path script(Path root, String name, String body) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body);
    executable(file);
    return file;
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
