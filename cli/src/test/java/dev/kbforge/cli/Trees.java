package dev.kbforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers for folders: the repository's addons, copies, and byte-exact snapshots. */
final class Trees {
  private Trees() {}

  /** The repository root (surefire sets kbforge.root; else the topmost folder with a pom.xml). */
  static Path root() {
    String property = System.getProperty("kbforge.root", "");
    if (!property.isBlank() && Files.isDirectory(Path.of(property, "addons"))) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path root = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("addons")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        root = dir;
      }
    }
    if (root == null) {
      throw new IllegalStateException("repository root not found");
    }
    return root;
  }

  /** A copy of {@code addons/<name>} of the repository under {@code into}. */
  static Path copyAddon(String name, Path into) {
    Path source = root().resolve("addons").resolve(name);
    Path target = into.resolve(name);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : walk.toList()) {
        Path dest = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(path, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** Every file and folder under {@code dir} (relative path, then a SHA-256 for files). */
  static Map<String, String> snapshot(Path dir) {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(dir)) {
      return entries;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              entries.put(dir.relativize(d).toString().replace('\\', '/') + "/", "dir");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              entries.put(
                  dir.relativize(file).toString().replace('\\', '/'),
                  sha256(Files.readAllBytes(file)) + " " + attrs.lastModifiedTime());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** The files of a rendered tree that hold an object (every .yaml but the kustomizations). */
  static long objectFiles(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
          .count();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void replace(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain " + from);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
