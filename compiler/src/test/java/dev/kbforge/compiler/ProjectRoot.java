package dev.kbforge.compiler;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root, for tests that read files beside the code (docs, addons). Surefire sets
 * {@code kbforge.root}; when it is missing or wrong (a run from an IDE), the root is the topmost
 * folder above the working directory that holds a {@code pom.xml}.
 */
public final class ProjectRoot {
  private ProjectRoot() {}

  public static Path find() {
    String property = System.getProperty("kbforge.root", "");
    if (!property.isBlank() && isRoot(Path.of(property))) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path root = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))) {
        root = dir;
      }
    }
    if (root == null) {
      throw new IllegalStateException("no pom.xml above " + Path.of("").toAbsolutePath());
    }
    return root;
  }

  /** The root pom lists the modules; a module's pom does not. */
  private static boolean isRoot(Path dir) {
    try {
      Path pom = dir.resolve("pom.xml");
      return Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
